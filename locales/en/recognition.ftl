# Regulated occupations: where a newcomer's foreign qualification is recognised.

recognition-needed = Good to know: your occupation is regulated { $where }. To work in it, or to use its title, you usually need a decision from an authority first. Start here:
recognition-status = Your occupation needs recognition { $where }:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = in Sweden
recognition-in-FI = in Finland
recognition-reason-licence = licence to practise
recognition-reason-title = protected title
recognition-reason-eligibility = eligibility for the job
recognition-reason-degree = recognition of your degree
recognition-reason-qualification = qualification certificate
