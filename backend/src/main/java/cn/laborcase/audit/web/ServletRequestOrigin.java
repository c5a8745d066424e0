package cn.laborcase.audit.web;

import cn.laborcase.audit.RequestOrigin;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the request on this thread (the one the servlet container saw). */
@Component
class ServletRequestOrigin implements RequestOrigin {

    @Override
    public String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
