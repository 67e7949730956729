# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Reglerade yrken: var en utländsk utbildning erkänns.

recognition-needed = Bra att veta: ditt yrke är reglerat { $where }. För att arbeta i yrket, eller använda yrkestiteln, behöver du oftast först ett beslut från en myndighet. Börja här:
recognition-status = Ditt yrke kräver ett erkännande { $where }:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = i Sverige
recognition-in-FI = i Finland
recognition-reason-licence = rätt att utöva yrket
recognition-reason-title = skyddad yrkestitel
recognition-reason-eligibility = behörighet för arbetet
recognition-reason-degree = erkännande av din examen
recognition-reason-qualification = behörighetsintyg
