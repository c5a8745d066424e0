package cn.laborcase.employer.persistence;

/** A 经营场所 (PREMISES) or 工地 (SITE) of an employer. */
public record SiteRow(long id, String kind, String address) {}
