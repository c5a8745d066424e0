package cn.laborcase.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A new staff account (新增人员), with its first password set by the administrator.
 *
 * @param badgeNo the inspector's law-enforcement certificate number (执法证号), if any
 * @param inspectorGridIds grids he works in as inspector
 * @param assistantGridIds grids he works in as grid assistant
 */
public record CreateStaffRequest(
        @NotBlank(message = "请填写用户名") @Pattern(regexp = "[a-z0-9._-]{3,30}", message = "用户名须为 3–30 位小写字母、数字或 . _ -")
                String username,
        @NotNull(message = "请填写初始密码")
                @Size(min = PasswordPolicy.MIN, max = PasswordPolicy.MAX, message = PasswordPolicy.LENGTH_MESSAGE)
                @Pattern(regexp = PasswordPolicy.MIX, message = PasswordPolicy.MIX_MESSAGE)
                String password,
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不超过 50 字") String displayName,
        @NotNull(message = "请选择所属机构") Long officeId,
        @Size(max = 50, message = "职务不超过 50 字") String title,
        @Pattern(regexp = StaffFields.PHONE, message = StaffFields.PHONE_MESSAGE) String phone,
        @Email(message = "电子邮箱格式不正确") @Size(max = 100, message = "电子邮箱不超过 100 个字符") String email,
        @Size(max = 30, message = "执法证号不超过 30 个字符") String badgeNo,
        @NotEmpty(message = "请至少选择一个角色") Set<Role> roles,
        Set<Long> inspectorGridIds,
        Set<Long> assistantGridIds) {

    public CreateStaffRequest {
        username = Text.clean(username);
        password = password == null || password.isEmpty() ? null : password;
        displayName = Text.clean(displayName);
        title = Text.clean(title);
        phone = Text.clean(phone);
        email = Text.clean(email);
        badgeNo = Text.clean(badgeNo);
        roles = Text.set(roles);
        inspectorGridIds = Text.set(inspectorGridIds);
        assistantGridIds = Text.set(assistantGridIds);
    }

    /** An empty form. */
    public static CreateStaffRequest blank() {
        return new CreateStaffRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
}
