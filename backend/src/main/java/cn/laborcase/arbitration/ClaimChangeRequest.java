package cn.laborcase.arbitration;

import java.util.List;

/**
 * An accepted change of the claims (变更仲裁请求, 办案规则 §46(三)): the claims as they stand after the change replace
 * the old list, and the award period counts again from {@code on}.
 */
public record ClaimChangeRequest(String on, String reason, List<RegisterApplicationRequest.Claim> claims) {}
