package cn.laborcase.security;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.ChangePasswordRequest;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.StaffAccount;
import cn.laborcase.organization.StaffAdministration;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * A staff member changes his own password (个人中心 · 修改密码).
 *
 * <ol>
 *   <li>Refused while his name is locked at his address (the login lock, {@link LoginLocks}).
 *   <li>The new password is checked against the password policy first (400, every field named; nothing counted).
 *   <li>The current password is checked like a login: a wrong one is journalled ({@code PASSWORD_CHANGE_FAILED}) and
 *       counted with the failed logins of that name at that address, so five wrong guesses lock the name there
 *       (and the next login from there is refused too) — an unattended open session gives no unlimited guesses.
 *   <li>The new hash is written only while the stored hash is still the one checked (two changes at once: the
 *       second is a 409), journalled as {@code STAFF_PASSWORD_CHANGED}; the remembered HTTP Basic answers for the
 *       old password ({@link VerifiedCredentials}) are forgotten.
 * </ol>
 *
 * <p>Sessions: the session in which the password was changed stays logged in (with a new session id and the new
 * password's stamp); the user's other sessions end at their next request ({@link SessionRevalidation}, which also
 * ends them after an administrator's reset or deactivation).
 */
@Service
public class OwnPassword {

    static final String TARGET = "STAFF";

    private final StaffAuthenticationProvider authentication;
    private final LoginLocks locks;
    private final LoginAuditor auditor;
    private final OrganizationDirectory directory;
    private final StaffAdministration staff;
    private final AuditJournal audit;
    private final SecurityProperties properties;

    OwnPassword(
            StaffAuthenticationProvider authentication,
            LoginLocks locks,
            LoginAuditor auditor,
            OrganizationDirectory directory,
            StaffAdministration staff,
            AuditJournal audit,
            SecurityProperties properties) {
        this.authentication = authentication;
        this.locks = locks;
        this.auditor = auditor;
        this.directory = directory;
        this.staff = staff;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Changes the user's password.
     *
     * @param address the address the request came from (the lock is per name and address, as at login)
     * @throws InvalidInputException 400 naming the fields: policy, confirmation, wrong current password, locked
     */
    public void change(CurrentUser user, ChangePasswordRequest request, String address) {
        if (locks.find(user.username(), address).filter(locks::isLocked).isPresent()) {
            throw new InvalidInputException(
                    "currentPassword",
                    "Locked",
                    "当前密码连续输错 " + properties.maxFailedLogins() + " 次，已锁定 " + properties.lockMinutes() + " 分钟，请稍后再试");
        }
        staff.checkNewPassword(request);
        StaffAccount account =
                directory.findAccount(user.username()).orElseThrow(() -> new NotFoundException("人员", user.staffId()));
        if (!authentication.passwordMatches(request.currentPassword(), account.passwordHash())) {
            audit.recordAs(
                    user.username(), "PASSWORD_CHANGE_FAILED", TARGET, user.username(), "修改密码失败：当前密码错误", null, null);
            auditor.countWrongPassword(user.username(), address);
            throw new InvalidInputException("currentPassword", "Wrong", "当前密码不正确");
        }
        staff.changeOwnPassword(account.id(), account.passwordHash(), request);
        locks.recordSuccess(user.username(), address);
        authentication.forgetPassword(account.passwordHash());
    }
}
