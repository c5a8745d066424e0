package cn.laborcase.organization;

/**
 * 机构: a bureau (人社局), an inspection office (劳动保障监察机构) or an arbitration committee (仲裁委).
 *
 * @param shortName the prefix used in document numbers (文号), e.g. 东湖
 */
public record Office(
        long id,
        String code,
        String name,
        String shortName,
        OfficeKind kind,
        String regionName,
        Long parentId,
        boolean active,
        int version) {}
