/** The employer master record (用人单位): credit code, grid, integrity grade, watch list; used by every track. */
package cn.laborcase.employer;
