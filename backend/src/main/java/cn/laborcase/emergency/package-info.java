/**
 * Track 3, wage-arrears emergency response (突发欠薪事件应急处置): incidents of many unpaid workers or an absconded
 * employer, graded by the jurisdiction's table, their activation approved by a leader against the clock and escalated
 * to the 局长 when not answered; below the threshold, an urgent inspection case. docs/emergency.md.
 */
package cn.laborcase.emergency;
