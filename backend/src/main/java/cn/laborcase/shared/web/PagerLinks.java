package cn.laborcase.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the list fragments ({@code fragments/pager}): the current list with every filter kept and only the page,
 * the page size, the sort or the address (export) changed, so no list page spells out its own query string twice.
 * Used from templates as {@code ${@pagerLinks.to(n)}}, {@code ${@pagerLinks.sort('receivedAt')}}, ….
 */
@Component("pagerLinks")
public class PagerLinks {

    public String to(int page) {
        return current()
                .map(b -> b.replaceQueryParam("page", Math.max(0, page))
                        .build(true)
                        .toUriString())
                .orElse("?page=" + Math.max(0, page));
    }

    /** The first page in another page size. */
    public String size(int size) {
        return current()
                .map(b -> b.replaceQueryParam("size", size)
                        .replaceQueryParam("page")
                        .build(true)
                        .toUriString())
                .orElse("?size=" + size);
    }

    /** Sorted by {@code key}: descending first, a second click ascending. */
    public String sort(String key) {
        String next = key.equals(param("sort")) && !"asc".equals(param("dir")) ? "asc" : "desc";
        return current()
                .map(b -> b.replaceQueryParam("sort", key)
                        .replaceQueryParam("dir", next)
                        .replaceQueryParam("page")
                        .build(true)
                        .toUriString())
                .orElse("?sort=" + key + "&dir=" + next);
    }

    /** ▲/▼ after the header the list is sorted by, ↕ after the other sortable ones. */
    public String mark(String key) {
        if (!key.equals(param("sort"))) {
            return "↕";
        }
        return "asc".equals(param("dir")) ? "▲" : "▼";
    }

    /** {@code aria-sort} of a sortable header. */
    public String ariaSort(String key) {
        if (!key.equals(param("sort"))) {
            return "none";
        }
        return "asc".equals(param("dir")) ? "ascending" : "descending";
    }

    /** The same search at another address (the list's export), without the page. */
    public String export(String path) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return path;
        }
        HttpServletRequest request = attributes.getRequest();
        return UriComponentsBuilder.fromPath(request.getContextPath() + path)
                .query(request.getQueryString())
                .replaceQueryParam("page")
                .replaceQueryParam("size")
                .build(true)
                .toUriString();
    }

    public int currentSize(int fallback) {
        String size = param("size");
        try {
            return size == null ? fallback : Integer.parseInt(size);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String param(String name) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        return attributes.getRequest().getParameter(name);
    }

    private static Optional<UriComponentsBuilder> current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        return Optional.of(
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }
}
