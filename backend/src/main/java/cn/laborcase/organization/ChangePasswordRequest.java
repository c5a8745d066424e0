package cn.laborcase.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff member's change of his own password (个人中心 · 修改密码): the current one, the new one twice. */
public record ChangePasswordRequest(
        @NotNull(message = "请填写当前密码") String currentPassword,
        @NotNull(message = "请填写新密码")
                @Size(min = PasswordPolicy.MIN, max = PasswordPolicy.MAX, message = PasswordPolicy.LENGTH_MESSAGE)
                @Pattern(regexp = PasswordPolicy.MIX, message = PasswordPolicy.MIX_MESSAGE)
                String newPassword,
        String confirmPassword) {

    public ChangePasswordRequest {
        currentPassword = currentPassword == null || currentPassword.isEmpty() ? null : currentPassword;
        newPassword = newPassword == null || newPassword.isEmpty() ? null : newPassword;
    }

    /** Never the passwords in a log line or a stack trace. */
    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
