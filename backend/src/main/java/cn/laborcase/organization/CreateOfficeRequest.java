package cn.laborcase.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new office (新增机构).
 *
 * @param code the permanent code used in candidate groups ({@code office:D1:inspectors}); it cannot change later
 * @param shortName the prefix of the office's document numbers (文号), e.g. 东湖
 * @param parentId the office above it; none for a top-level bureau
 */
public record CreateOfficeRequest(
        @NotBlank(message = "请填写机构代码") @Pattern(regexp = OfficeFields.CODE, message = OfficeFields.CODE_MESSAGE)
                String code,
        @NotBlank(message = "请填写机构名称") @Size(max = 100, message = "机构名称不超过 100 字") String name,
        @NotBlank(message = "请填写机构简称（文号前缀）") @Size(max = 20, message = "简称不超过 20 字") String shortName,
        @NotNull(message = "请选择机构类别") OfficeKind kind,
        @NotBlank(message = "请填写所辖区域") @Size(max = 50, message = "所辖区域不超过 50 字") String regionName,
        Long parentId) {

    public CreateOfficeRequest {
        code = Text.clean(code);
        name = Text.clean(name);
        shortName = Text.clean(shortName);
        regionName = Text.clean(regionName);
    }

    public static CreateOfficeRequest blank() {
        return new CreateOfficeRequest(null, null, null, null, null, null);
    }
}
