package io.smartstore.support.i18n;

/** A count with its English noun, singular for one: "1 passive", "0 passives", "2 passives" (staff pages and e-mails). */
public final class Counted {

    private Counted() {
    }

    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "34 answers: 16 promoters, 1 passive, 10 detractors". */
    public static String answers(long responses, long promoters, long passives, long detractors) {
        return of(responses, "answer") + ": " + of(promoters, "promoter") + ", " + of(passives, "passive") + ", " + of(detractors, "detractor");
    }
}
