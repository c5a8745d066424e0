/** Offices (监察机构, 仲裁委), grids (网格), staff, their roles and who covers which grid or office. */
package cn.laborcase.organization;
