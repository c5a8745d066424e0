package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Loads a case within the user's data scope (another committee's case: 404, house style 25) and checks its state
 * before a change (409 naming the case and its state, house style 9).
 */
@Component
class ArbitrationCaseStore {

    private final ArbitrationMapper mapper;
    private final DataScope dataScope;
    private final OrganizationDirectory directory;

    ArbitrationCaseStore(ArbitrationMapper mapper, DataScope dataScope, OrganizationDirectory directory) {
        this.mapper = mapper;
        this.dataScope = dataScope;
        this.directory = directory;
    }

    static CaseRef ref(long id) {
        return CaseRef.of(CaseType.ARBITRATION_CASE, id);
    }

    ArbitrationCaseRow get(long id) {
        return mapper.findById(id).orElseThrow(() -> new NotFoundException("仲裁案件", id));
    }

    /** The case if the user may see it; 404 otherwise, so that its existence is not revealed. */
    ArbitrationCaseRow visible(CurrentUser user, long id) {
        ArbitrationCaseRow row = get(id);
        if (!dataScope.canSee(user, scopeOf(row))) {
            throw new NotFoundException("仲裁案件", id);
        }
        return row;
    }

    /**
     * The case locked until the transaction ends, for a change: 404 outside the user's scope, 403 for an administrator
     * who sees every case to administer it but acts on none (only the case's staff act).
     */
    ArbitrationCaseRow lockVisible(CurrentUser user, long id) {
        ArbitrationCaseRow row = visible(user, id);
        if (!dataScope.canSeePersonalData(user, scopeOf(row))) {
            throw new cn.laborcase.shared.ForbiddenException("ARBITRATION_ACT", "只有本仲裁委员会的办案人员可以办理该案件");
        }
        return mapper.lockById(id).orElseThrow(() -> new NotFoundException("仲裁案件", id));
    }

    ArbitrationCaseRow lock(long id) {
        return mapper.lockById(id).orElseThrow(() -> new NotFoundException("仲裁案件", id));
    }

    /** The committee, its registering clerk and the tribunal's members. */
    ScopeTarget scopeOf(ArbitrationCaseRow row) {
        Set<String> participants = new HashSet<>();
        participants.add(row.registeredBy());
        mapper.tribunal(row.id()).stream().map(TribunalMemberRow::username).forEach(participants::add);
        return new ScopeTarget(row.officeCode(), null, participants);
    }

    boolean canSeePersonalData(CurrentUser user, ArbitrationCaseRow row) {
        return dataScope.canSeePersonalData(user, scopeOf(row));
    }

    /** 409 unless the case is in one of the states: "仲裁案件 示劳人仲案字〔2026〕第3号 当前为「不予受理」，不能…". */
    static void require(ArbitrationCaseRow row, String action, ArbitrationStatus... allowed) {
        for (ArbitrationStatus s : allowed) {
            if (s.name().equals(row.status())) {
                return;
            }
        }
        throw new ConflictException(
                "ARBITRATION_STATE",
                "仲裁案件 " + nameOf(row) + " 当前为「"
                        + ArbitrationStatus.valueOf(row.status()).label() + "」，不能" + action);
    }

    static String nameOf(ArbitrationCaseRow row) {
        return row.caseNumber() != null ? row.caseNumber() : row.receiptNumber();
    }

    Office office(String code) {
        return directory.offices().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no office " + code));
    }
}
