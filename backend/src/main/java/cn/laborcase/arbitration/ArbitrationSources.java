package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ReferralMapper;
import cn.laborcase.arbitration.persistence.ReferralRow;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.ComplaintReferredToDispute;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.ReferralTarget;
import cn.laborcase.intake.ReferredComplaint;
import cn.laborcase.mediation.ArbitrationPrefill;
import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.mediation.MediationStatus;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications that arrive without retyping: from a failed or terminated mediation (调解不成, 调解仲裁法 §14; one action
 * pre-fills the application) and from a complaint the intake referred to arbitration (劳动保障监察条例 §21), which waits
 * on the committee's list until registered. Arbitration reads mediation and intake; neither knows arbitration.
 */
@Service
public class ArbitrationSources {

    private static final Logger log = LoggerFactory.getLogger(ArbitrationSources.class);
    static final String SOURCE_STEP = "SOURCE";

    private final ArbitrationRegistration registration;
    private final MediationQueries mediationQueries;
    private final MediationCases mediationCases;
    private final Complaints complaints;
    private final ReferralMapper mapper;
    private final CaseTimeline timeline;
    private final String referralOffice;
    private final TransactionTemplate inTransaction;

    ArbitrationSources(
            ArbitrationRegistration registration,
            MediationQueries mediationQueries,
            MediationCases mediationCases,
            Complaints complaints,
            ReferralMapper mapper,
            CaseTimeline timeline,
            PlatformTransactionManager transactions,
            @Value("${laborcase.arbitration.referral-office:A1}") String referralOffice) {
        this.registration = registration;
        this.mediationQueries = mediationQueries;
        this.mediationCases = mediationCases;
        this.complaints = complaints;
        this.mapper = mapper;
        this.timeline = timeline;
        this.referralOffice = referralOffice;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /**
     * The application pre-filled from a mediation the user may see (404 otherwise, checked first) that failed or was
     * terminated (409 otherwise); only the committee's 立案窗口 and director (403).
     */
    @Transactional(readOnly = true)
    public ApplicationPrefill fromMediation(CurrentUser user, long mediationId) {
        mediationQueries.get(user, mediationId);
        registration.committeeOf(user);
        ArbitrationPrefill p = mediationCases.arbitrationPrefill(mediationId);
        if (p.status() != MediationStatus.FAILED && p.status() != MediationStatus.TERMINATED) {
            throw new ConflictException(
                    "MEDIATION_NOT_ENDED",
                    "调解案件 " + p.mediationNumber() + " 当前为「" + p.status().label() + "」，调解不成后才能申请仲裁");
        }
        return new ApplicationPrefill(
                "调解案件 " + p.mediationNumber() + "（" + p.status().label() + "）",
                p.applicants().stream()
                        .map(a -> new RegisterApplicationRequest.Applicant(
                                a.name(), a.idNumber(), a.phone(), a.address(), null))
                        .toList(),
                p.respondent() == null
                        ? null
                        : new RegisterApplicationRequest.Respondent(
                                p.respondent().creditCode(),
                                p.respondent().name(),
                                p.respondent().address(),
                                null),
                p.claims().stream()
                        .map(c -> new RegisterApplicationRequest.Claim(
                                c.type().name(),
                                c.amount() == null ? null : c.amount().toPlainString(),
                                c.description()))
                        .toList());
    }

    /**
     * The application pre-filled from a complaint referred to this committee (404 for another's or an unknown one;
     * 409 once it was registered).
     */
    @Transactional(readOnly = true)
    public ApplicationPrefill fromComplaint(CurrentUser user, long complaintId) {
        ReferralRow referral = mapper.byComplaint(complaintId)
                .filter(r -> r.officeCode().equals(user.officeCode()))
                .orElseThrow(() -> new NotFoundException("移送的投诉", complaintId));
        registration.committeeOf(user);
        if (referral.caseId() != null) {
            // a referral is registered once; the case registered from it carries the complaint as its source
            throw new ConflictException(
                    "ARBITRATION_REFERRAL_REGISTERED", "移送的投诉 " + referral.complaintNumber() + " 已登记为仲裁案件，不能重复登记");
        }
        ReferredComplaint c = complaints
                .referredForDispute(referral.complaintId())
                .orElseThrow(() -> new NotFoundException("移送的投诉", complaintId));
        String description = c.claims() == null || c.claims().isBlank() ? c.description() : c.claims();
        return new ApplicationPrefill(
                "移送的投诉 " + c.number(),
                c.complainants().stream()
                        .map(p -> new RegisterApplicationRequest.Applicant(
                                p.name(), p.idNumber(), p.phone(), p.address(), null))
                        .toList(),
                c.employer() == null
                        ? null
                        : new RegisterApplicationRequest.Respondent(
                                c.employer().creditCode(),
                                c.employer().name(),
                                c.employer().address(),
                                null),
                List.of(new RegisterApplicationRequest.Claim(
                        claimTypeOf(c.category()), amount(c.amountOwed()), cut(description, 500))));
    }

    /** The committee's referred complaints not registered yet (empty for anyone but its 立案窗口 and director). */
    @Transactional(readOnly = true)
    public List<ReferredComplaintItem> pending(CurrentUser user) {
        try {
            registration.committeeOf(user);
        } catch (RuntimeException notRegistrar) {
            return List.of();
        }
        return mapper.pending(user.officeCode()).stream()
                .map(r -> new ReferredComplaintItem(r.complaintId(), r.complaintNumber(), r.referredAt()))
                .toList();
    }

    /**
     * Records a complaint referred to arbitration for the committee, once per complaint (a redelivered event finds it
     * and writes nothing; two at once meet the unique key and the second is delivered again).
     */
    @Transactional
    public boolean record(ComplaintReferredToDispute referred) {
        if (referred.target() != ReferralTarget.ARBITRATION) {
            return false;
        }
        if (mapper.byComplaint(referred.complaintId()).isPresent()) {
            return false;
        }
        mapper.insert(new ReferralRow(
                null,
                referred.complaintId(),
                referred.number(),
                referralOffice,
                referred.occurredAt() == null ? timeline.now() : referred.occurredAt(),
                null));
        log.info("complaint {} referred to arbitration, waiting at {}", referred.number(), referralOffice);
        return true;
    }

    /**
     * Registers an application (as {@link ArbitrationRegistration#register}) and records where it came from: the
     * mediation's number or the referred complaint (on the case and its timeline, once).
     */
    public RegisteredApplication register(
            CurrentUser user,
            RegisterApplicationRequest request,
            String idempotencyKey,
            Long fromMediation,
            Long fromComplaint) {
        ApplicationPrefill source = fromMediation != null
                ? fromMediation(user, fromMediation)
                : fromComplaint != null ? fromComplaint(user, fromComplaint) : null;
        RegisteredApplication r = registration.register(user, request, idempotencyKey);
        if (source != null) {
            inTransaction.executeWithoutResult(
                    status -> recordSource(user, r.id(), fromMediation, fromComplaint, source));
        }
        return r;
    }

    private void recordSource(
            CurrentUser user, long caseId, Long fromMediation, Long fromComplaint, ApplicationPrefill source) {
        String number = fromMediation == null
                ? null
                : mediationCases.arbitrationPrefill(fromMediation).mediationNumber();
        if (mapper.setSource(caseId, fromMediation, number, fromMediation == null ? fromComplaint : null) == 0) {
            return;
        }
        if (fromMediation == null && fromComplaint != null) {
            mapper.registered(fromComplaint, caseId);
        }
        timeline.record(
                ArbitrationCaseStore.ref(caseId), SOURCE_STEP, "申请来源", user.username(), "申请来源：" + source.source());
    }

    private static String claimTypeOf(ComplaintCategory category) {
        return switch (category) {
            case WAGE_ARREARS -> "WAGES";
            case SOCIAL_INSURANCE -> "SOCIAL_INSURANCE";
            case WORKING_HOURS -> "WORKING_HOURS";
            case DISMISSAL_DISPUTE -> "SEVERANCE";
            default -> "OTHER";
        };
    }

    private static String amount(BigDecimal amount) {
        return amount == null || amount.signum() <= 0 ? null : amount.toPlainString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
