/** Login, roles, data scope (who may see and act on which case, task or document), Camunda group mapping. */
package cn.laborcase.security;
