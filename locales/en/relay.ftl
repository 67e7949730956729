# The relay baton after a held meeting, and codes behind /start (invites, organisations).

relay-offer = Pass on the relay baton! Two more contacts open more doors. You can invite a colleague to become a door-opener, or introduce the newcomer to someone you know. { $left } contacts left to give.
relay-offer-more = Thank you! Would you pass on one more contact? { $left } left to give.
button-relay-invite = Invite a colleague
button-relay-introduce = Introduce to someone
button-relay-done = Not now
relay-stale = That button is no longer valid. Nothing was changed.
relay-thanks = Thank you! You can pass on the baton later too: the buttons stay valid.
relay-enough = You have already passed on two contacts for this meeting. Thank you!
relay-invite = Here is a personal invitation for your colleague. Forward this message:
    Become a door-opener in our programme: give one hour to meet a newcomer in your occupation. Join here: { $link }
relay-ask-contact = Who would you like the newcomer to meet? Write the person's name and how to reach them (for example an e-mail address or phone number). Ask the person first if this is all right.
relay-introduction-saved = Thank you! I have passed the contact on to the newcomer.
relay-introduced = { $name } wants to introduce you to a new contact: { $contact }

start-bad-code = I do not know that code. Check the link, or just go on: you can take part without a code.
start-invited = Welcome! { $name } invited you to the programme.
start-organisation = Welcome! You joined through { $organisation }.
start-organisation-already = You are already registered through { $organisation }.
start-code-used = That invitation has already been used. You can still take part: just go on.
start-code-not-needed = You are already registered, so you do not need a code.
