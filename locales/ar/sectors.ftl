# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Picking a field (an ISCO-08 group) when the occupation was not recognised, or on request.

onboarding-occupation-unknown-pick = لم أتعرف على "{ $text }" كمهنة. احتفظت بما كتبته. اختر مجالك أدناه، خطوة بخطوة، أو اكتب مهنتك مرة أخرى بكلمات أخرى.
onboarding-occupation-is-sector = "{ $text }" مجال فيه مهن كثيرة. اختر أقرب مجموعة أدناه، أو اكتب مهنتك، مثلًا "ممرض" أو "كهربائي".
onboarding-sector-pick = اختر مجالك أدناه، خطوة بخطوة.
onboarding-sector-deeper = { $title }: أي من هذه هو الأقرب؟
button-occupation-sector = اختر مجالي بدلًا من ذلك
button-sector-up = رجوع
button-retype = اكتبها مجددًا
