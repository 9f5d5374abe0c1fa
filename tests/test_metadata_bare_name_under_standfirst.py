"""A reporter's name alone on its line between the standfirst and the picture's caption signs
the story: a headline-shaped line over it and under it made it look like a name in a list of
other stories' headlines. Page written for the test, as a Greek news site lays it out."""

from __future__ import annotations

from tests.pasted import clean

HEADLINE = "Σε κατάσταση έκτακτης ανάγκης η Κάρυστος μετά την πυρκαγιά"
STANDFIRST = ("Πάνω από 3.000 στρέμματα δασικής έκτασης κάηκαν – Απομακρύνθηκαν προληπτικά κάτοικοι από δύο "
              "οικισμούς")
BODY = [
    "Σε κατάσταση έκτακτης ανάγκης πολιτικής προστασίας κηρύχθηκε ο δήμος Καρύστου στη νότια Εύβοια, μετά την "
    "πυρκαγιά που ξέσπασε τα ξημερώματα της Τρίτης.",
    "Σύμφωνα με την Πυροσβεστική Υπηρεσία, στην κατάσβεση επιχειρούν 85 πυροσβέστες με 28 οχήματα, ενώ από αέρος "
    "συνδράμουν έξι αεροσκάφη και τέσσερα ελικόπτερα.",
    "Μηνύματα μέσω του 112 στάλθηκαν το πρωί στους κατοίκους δύο οικισμών, οι οποίοι κλήθηκαν να απομακρυνθούν "
    "προς την Κάρυστο. Δεν έχουν αναφερθεί τραυματισμοί.",
]


def test_a_bare_name_between_the_standfirst_and_the_caption_is_the_byline():
    page = ["ΕΙΔΗΣΕΙΣ", "ΠΟΛΙΤΙΚΗ", "ΟΙΚΟΝΟΜΙΑ", "ΕΛΛΑΔΑ", "18.06.2024 • 14:22", HEADLINE, STANDFIRST,
            "Γιώργος Παπαδόπουλος", "Πυροσβέστες επιχειρούν στην περιοχή της Καρύστου, την Τρίτη. (ΑΠΕ-ΜΠΕ)", *BODY]
    article = clean(page)
    assert article.title == HEADLINE
    assert article.byline == "Γιώργος Παπαδόπουλος"
    assert article.published == "2024-06-18T14:22"
