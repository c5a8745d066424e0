/** The administrators' mail page ({@code /admin/mail}) and each staff member's notices ({@code /notifications}). */
package cn.laborcase.notification.web;
