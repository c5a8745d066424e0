package cn.laborcase.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The editable fields of a staff account (username and password are changed elsewhere or never).
 *
 * @param version the version the form was loaded with (optimistic locking)
 */
public record UpdateStaffRequest(
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不超过 50 字") String displayName,
        @NotNull(message = "请选择所属机构") Long officeId,
        @Size(max = 50, message = "职务不超过 50 字") String title,
        @Pattern(regexp = StaffFields.PHONE, message = StaffFields.PHONE_MESSAGE) String phone,
        @Email(message = "电子邮箱格式不正确") @Size(max = 100, message = "电子邮箱不超过 100 个字符") String email,
        @Size(max = 30, message = "执法证号不超过 30 个字符") String badgeNo,
        @NotEmpty(message = "请至少选择一个角色") Set<Role> roles,
        Set<Long> inspectorGridIds,
        Set<Long> assistantGridIds,
        @NotNull(message = "缺少版本号，请刷新页面后重试") Integer version) {

    public UpdateStaffRequest {
        displayName = Text.clean(displayName);
        title = Text.clean(title);
        phone = Text.clean(phone);
        email = Text.clean(email);
        badgeNo = Text.clean(badgeNo);
        roles = Text.set(roles);
        inspectorGridIds = Text.set(inspectorGridIds);
        assistantGridIds = Text.set(assistantGridIds);
    }
}
