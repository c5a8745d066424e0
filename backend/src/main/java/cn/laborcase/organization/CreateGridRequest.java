package cn.laborcase.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A new grid (新增网格) of an inspection office.
 *
 * @param code the permanent code used in candidate groups ({@code grid:G01:inspectors}); it cannot change later
 * @param responsibleInspectorId the sworn inspector answerable for the grid (责任监察员); he is also one of its
 *     inspectors
 */
public record CreateGridRequest(
        @NotBlank(message = "请填写网格代码") @Pattern(regexp = OfficeFields.CODE, message = OfficeFields.CODE_MESSAGE)
                String code,
        @NotBlank(message = "请填写网格名称") @Size(max = 100, message = "网格名称不超过 100 字") String name,
        @NotNull(message = "请选择所属机构") Long officeId,
        @Size(max = 500, message = "区域说明不超过 500 字") String areaDescription,
        @NotNull(message = "请选择责任监察员") Long responsibleInspectorId,
        Set<Long> inspectorIds,
        Set<Long> assistantIds) {

    public CreateGridRequest {
        code = Text.clean(code);
        name = Text.clean(name);
        areaDescription = Text.clean(areaDescription);
        inspectorIds = Text.set(inspectorIds);
        assistantIds = Text.set(assistantIds);
    }

    public static CreateGridRequest blank(Long officeId) {
        return new CreateGridRequest(null, null, officeId, null, null, null, null);
    }
}
