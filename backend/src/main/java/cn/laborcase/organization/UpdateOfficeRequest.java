package cn.laborcase.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of an office; its code never changes.
 *
 * @param active false to close the office (撤销); only an office without active staff, grids or sub-offices
 * @param version the version the form was loaded with (optimistic locking)
 */
public record UpdateOfficeRequest(
        @NotBlank(message = "请填写机构名称") @Size(max = 100, message = "机构名称不超过 100 字") String name,
        @NotBlank(message = "请填写机构简称（文号前缀）") @Size(max = 20, message = "简称不超过 20 字") String shortName,
        @NotNull(message = "请选择机构类别") OfficeKind kind,
        @NotBlank(message = "请填写所辖区域") @Size(max = 50, message = "所辖区域不超过 50 字") String regionName,
        Long parentId,
        Boolean active,
        @NotNull(message = "缺少版本号，请刷新页面后重试") Integer version) {

    public UpdateOfficeRequest {
        name = Text.clean(name);
        shortName = Text.clean(shortName);
        regionName = Text.clean(regionName);
        active = active != null && active;
    }

    public static UpdateOfficeRequest of(Office office) {
        return new UpdateOfficeRequest(
                office.name(),
                office.shortName(),
                office.kind(),
                office.regionName(),
                office.parentId(),
                office.active(),
                office.version());
    }
}
