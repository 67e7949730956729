# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Xirfadaha sharciga lagu xakameeyo: halka lagu aqoonsado shahaadada ajnabiga ah ee qofka dalka ku cusub.

recognition-needed = Waa wax fiican inaad ogaato: xirfaddaadu waa mid sharci lagu xakameeyo { $where }. Si aad uga shaqeyso, ama u isticmaasho magaceeda, badanaa marka hore waxaad u baahan tahay go'aan hay'ad. Halkan ka bilow:
recognition-status = Xirfaddaadu waxay u baahan tahay aqoonsiga shahaadooyinka { $where }:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = gudaha Iswiidhan
recognition-in-FI = gudaha Finland
recognition-reason-licence = ruqsad shaqo
recognition-reason-title = magac la ilaaliyo
recognition-reason-eligibility = u qalmitaanka shaqada
recognition-reason-degree = aqoonsiga shahaadadaada
recognition-reason-qualification = shahaadada u qalmitaanka
