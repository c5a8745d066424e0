package cn.laborcase.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the pager fragment ({@code fragments/pager :: pager}): the current list with every filter kept and only the
 * page number changed, so no list page spells out its own query string twice. Used from templates as
 * {@code ${@pagerLinks.to(n)}}.
 */
@Component("pagerLinks")
public class PagerLinks {

    public String to(int page) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?page=" + Math.max(0, page);
        }
        HttpServletRequest request = attributes.getRequest();
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("page", Math.max(0, page))
                .build(true)
                .toUriString();
    }
}
