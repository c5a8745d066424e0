package cn.laborcase.organization;

/**
 * Masks a phone number for lists and logs (house style: personal data is masked in lists, logs and exports): the
 * area code or mobile prefix and the last four digits stay, e.g. 0571-80000001 → 0571****0001.
 */
final class PhoneMask {

    private PhoneMask() {}

    static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 10) {
            return "****" + digits.substring(Math.max(0, digits.length() - 4));
        }
        // mainland mobiles (11 digits, 1xx) keep a 3-digit prefix, landlines their 4-digit area code
        int head = digits.length() == 11 && digits.charAt(0) == '1' ? 3 : 4;
        return digits.substring(0, head) + "****" + digits.substring(digits.length() - 4);
    }
}
