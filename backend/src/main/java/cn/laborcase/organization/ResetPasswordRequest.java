package cn.laborcase.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new password set by the administrator (重置密码), typed twice. */
public record ResetPasswordRequest(
        @NotNull(message = "请填写新密码")
                @Size(min = PasswordPolicy.MIN, max = PasswordPolicy.MAX, message = PasswordPolicy.LENGTH_MESSAGE)
                @Pattern(regexp = PasswordPolicy.MIX, message = PasswordPolicy.MIX_MESSAGE)
                String password,
        String confirmPassword,
        @NotNull(message = "缺少版本号，请刷新页面后重试") Integer version) {

    public ResetPasswordRequest {
        password = password == null || password.isEmpty() ? null : password;
    }
}
