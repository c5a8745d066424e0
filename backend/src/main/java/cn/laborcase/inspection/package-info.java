/**
 * Track 2, grid-based inspection (网格化劳动保障监察): inspection cases (监察案件) from 立案 to 结案 within 60 (+30)
 * working days (《劳动保障监察条例》 §17), opened from an accepted complaint, a patrol or written-review finding, a
 * referral or a leader's instruction; investigation, outcomes and their documents. docs/inspection.md.
 */
package cn.laborcase.inspection;
