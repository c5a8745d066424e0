/**
 * The workbench shell (工作台): the left sidebar, breadcrumbs and top bar every page is shown in. Each module
 * registers its own menu entries with a {@link cn.laborcase.workbench.MenuContributor} bean; {@link
 * cn.laborcase.workbench.Menus} collects them at start, refuses an entry without a role rule, and gives each user the
 * entries of his roles. Depends on no other module of ours, so that every module may contribute.
 */
package cn.laborcase.workbench;
