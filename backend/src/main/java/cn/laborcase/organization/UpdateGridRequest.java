package cn.laborcase.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The editable fields of a grid; its code and office never change (its employers and processes refer to them).
 *
 * @param active false to stop the grid (停用); only a grid without employers
 * @param version the version the form was loaded with (optimistic locking)
 */
public record UpdateGridRequest(
        @NotBlank(message = "请填写网格名称") @Size(max = 100, message = "网格名称不超过 100 字") String name,
        @Size(max = 500, message = "区域说明不超过 500 字") String areaDescription,
        @NotNull(message = "请选择责任监察员") Long responsibleInspectorId,
        Set<Long> inspectorIds,
        Set<Long> assistantIds,
        Boolean active,
        @NotNull(message = "缺少版本号，请刷新页面后重试") Integer version) {

    public UpdateGridRequest {
        name = Text.clean(name);
        areaDescription = Text.clean(areaDescription);
        inspectorIds = Text.set(inspectorIds);
        assistantIds = Text.set(assistantIds);
        active = active != null && active;
    }
}
