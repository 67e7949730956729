# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = Du kan anmäla någon du har matchats med. Du har ingen matchning än. Om något är fel, skriv till programmets samordnare.
report-whom = Vem vill du anmäla?
report-ask = Vad hände? Skriv med egna ord (högst { $max } tecken). Bara samordnarna läser det.
report-thanks = Tack för att du berättade. Samordnarna har fått din anmälan och kontaktar dig vid behov.
report-stale = Den här anmälan är inte längre öppen.
report-alert =
    ⚠️ Anmälan { $number }: { $reporter } anmäler { $reported }:
    { $text }
button-report-block = Spärra från matchning
button-report-dismiss = Avfärda
report-blocked = Anmälan { $number }: personen är spärrad från matchning.
report-dismissed = Anmälan { $number } är avfärdad.
block-done = { $name } är spärrad från matchning. /unblock tar tillbaka personen.
unblock-done = { $name } kan matchas igen.
unblock-not-blocked = Ingen spärrad person hittades som { $who }.
blocked-notice = En samordnare har stoppat din matchning tills vidare. Kontakta samordnaren.
