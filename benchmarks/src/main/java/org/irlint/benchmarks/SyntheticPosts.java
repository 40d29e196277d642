package org.irlint.benchmarks;

import java.util.List;

/**
 * Tweet-length posts written for the benchmark (never evaluation posts): a mix of clean clinical
 * posts, posts with identifiers, unprofessional ones and off-topic ones, with emoji and CJK.
 */
final class SyntheticPosts {
    static final List<String> POSTS = List.of(
            "Genicular artery embolization for knee osteoarthritis pain: our first 40 patients, 6-month WOMAC data at #SIR2027. Small series, but encouraging. #IRad",
            "Y-90 radioembolization planning day: MAA shunt fraction 6%, segment 7 target, 120 Gy boundary dose. Beautiful cone-beam CT. #IOnc",
            "Pt Mrs. Alvarez, MRN 5528173, DOB 4/12/1951, back for her PCN exchange in rm 4B. Call her daughter at (415) 555-0142 after.",
            "Who the f*** books three TIPS on one afternoon?? Done with this scheduling mess 🙄",
            "Weekend plans: finishing the garden beds and a long run by the river 🏃‍♀️ Anyone tried the new ramen place downtown?",
            "PAE vs TURP for BPH: lower sexual side effects with PAE, comparable IPSS at 12 months in most series. Ask about it! 👨‍⚕️ #PAE #IRad",
            "Our UFE is guaranteed to cure your fibroids forever, completely painless and no risk! DM me your MRI 😉",
            "介入放射学 IR 🩺 DVT thrombectomy with mechanical aspiration, 8 Fr sheath, INR 1.4, no lytics needed. NCT04790370 enrolling.",
            "Today's case: 70s M, HCC 3.2 cm segment 8, LI-RADS 5, conventional TACE with lipiodol. Nice staining on the post-CBCT. #IOnc #IRad",
            "1/ Thread on IVC filter retrieval: why it matters, how we track filters, and what to tell patients.\n2/ Retrieval rates improve with a dedicated clinic and reminders.");

    private SyntheticPosts() {
    }
}
