package cn.laborcase.emergency.web;

import cn.laborcase.emergency.DepositNoticeRequest;
import cn.laborcase.emergency.DepositNotices;
import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.emergency.RepaymentOrderRequest;
import cn.laborcase.emergency.WageIncidentView;
import cn.laborcase.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The wage deposit of an incident over the API: the inspector's 责令限期清偿 and, after its deadline, the
 * 工资保证金支付通知书 to the bank. Both answer with the incident (its {@code repaymentOrders} and {@code depositNotices}).
 */
@RestController
@RequestMapping("/api/wage-incidents")
class IncidentResponseApiController {

    private final DepositNotices deposits;
    private final IncidentQueries queries;
    private final CurrentUsers currentUsers;

    IncidentResponseApiController(DepositNotices deposits, IncidentQueries queries, CurrentUsers currentUsers) {
        this.deposits = deposits;
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/{id:\\d+}/repayment-orders")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView recordOrder(@PathVariable long id, @RequestBody RepaymentOrderRequest request) {
        deposits.recordOrder(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/{id:\\d+}/deposit-notices")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView issueNotice(@PathVariable long id, @RequestBody DepositNoticeRequest request) {
        deposits.issueNotice(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }
}
