package cn.laborcase.organization;

/**
 * What a staff password must be: 8 to 64 characters with letters and digits. 64 stays under BCrypt's 72-byte limit
 * (GB/T 22239-2019 等保 2.0 asks for complex passwords that are changed; the length and mix are this system's choice).
 */
final class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 64;
    static final String LENGTH_MESSAGE = "密码须为 8–64 位";
    static final String MIX = "^(?=.*[A-Za-z])(?=.*[0-9]).*$";
    static final String MIX_MESSAGE = "密码须同时包含字母和数字";

    private PasswordPolicy() {}
}
