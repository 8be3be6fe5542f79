"""The words of a letter about an internal review: its outcome (``REVIEW_RE``), a letter
answering a request for one (``REVIEW_ASKED_RE``), and a review telling the first answer
again before judging it (``REVIEW_RECOUNT_RE``). Each a bounded regex, as in
``foidraft.replies.phrases``; the words of a reply that decides nothing yet are in
``foidraft.replies.procedure``.
"""

from __future__ import annotations

from foidraft.replies.grammar import VERDICT, any_of

# A review of what is held is a search, not of the decision: "The Trust has carried out a
# review of its records and can confirm ...", "a review of our files was undertaken".
SEARCHED = (
    r"(?! (?:of|into|through|across) (?:(?:its|our|the|all|any|their|relevant|available|these|"
    r"those|existing|electronic|paper|internal|local|central|departmental) ){0,3}(?:records?|"
    r"files?|systems?|data(?:bases?)?|documents?|documentation|e-?mails?|archives?|"
    r"correspondence|logs?|papers|folders?|minutes|registers?|spreadsheets?)\b)"
)
REVIEW_RE = any_of(
    r"\b(?:I|we) have (?:now )?(?:completed|carried out|conducted|undertaken|concluded|"
    r"finished)\b[^.]{0,40}\breview\b" + SEARCHED,
    # another reviewer, of this review ("Mr Wright has completed that review"); not "a review"
    # of anything else (``SEARCHED``), nor one still to do ("we aim to have completed the review")
    r"(?<!\bto )\b(?:has|have) (?:now )?(?:completed|carried out|conducted|undertaken|concluded|"
    r"finished) (?:that|the|this|your) (?:internal )?review\b",
    r"\breview (?:has|have) (?:now )?been (?:completed|carried out|conducted|concluded|"
    r"undertaken)\b",
    r"\b(?:outcome|result|findings?|conclusions?) of (?:the |your |my |our |"
    r"this )?(?:internal )?review\b",
    r"^(?:internal )?review (?:outcome|response|decision|result)\W*$|"
    r"\breview (?:has )?(?:concluded|found|determined|decided)\b|\b(?:correctly|appropriately|"
    r"properly|rightly) (?:applied|engaged|cited|relied)\b|\b(?:applied|engaged|cited|relied "
    r"on)\b[^.,]{0,60}?\b(?:correctly|appropriately|properly|rightly)\b|\b(?:(?:I|we) have|"
    r"having) (?:now |carefully |fully |thoroughly )?(?:reviewed|re-?examined|reconsidered) "
    r"(?:the|your|our) (?:handling|decision|response|original|case|refusal)\b|\b(?:I|we) have "
    r"(?:now )?(?:re-?examined|reconsidered) (?:the|your|our) request\b",
    r"\bconfirm the original (?:decision|response)\b|\bfollowing (?:an|the|your|my|our) "
    r"internal review\b[^.]{0,80}\b(?:decided|concluded|found|upheld|released|disclosed)\b|"
    r"\b(?:decided|decision) to (?:partially |partly )?(?:uphold|overturn|reverse|vary)\b|"
    r"\buphold(?:ing)? (?:the|your|our) (?:original |initial )?(?:decision|response|refusal|"
    r"complaint)\b",
    r"\b(?:(?:original |initial )?(?:decision|response|refusal|exemptions?)|"
    r"your (?:complaint|appeal|request for (?:an? )?(?:internal )?review))\b[^.]{0,60}\b(?:is|"
    r"are|was|were|has been|have been|should be) (?:therefore |thus |hereby )?(?:partially |"
    r"partly )?(?:upheld|overturned|confirmed|reversed|varied|revised|not upheld)\b",
    r"\b(?:I|we) (?:partially |partly )?(?:uphold|overturn|do not uphold)\b|(?<!\ba )(?<!\ban )"
    r"(?<!\ba senior )(?<!\ban independent )\breviewer\b(?![^.]{0,80}\b(?:will|shall)\b)",
    # the first answer judged: "I find that the Trust was wrong to rely on section 43(2)"
    r"\b(?:was|were) (?:wrong|incorrect|right|correct) to (?:rely on|apply|cite|withhold|refuse)\b",
    # the panel a council's review (its "appeal") sits as: "The appeal panel convened on ..."
    r"\b(?:appeals?|review) panel (?:has )?(?:now )?(?:convened|met|considered|decided|"
    r"concluded)\b",
    r"\b(?:I|we) (?:am|are) (?:partially |partly |not )?(?:upholding|overturning)\b",
    r"\b(?:requested|asked for|sought) (?:a )?reconsideration\b|\bI (?:have )?reconsidered\b",
    r"\bhas (?:now )?been (?:appropriately |independently )?reviewed\b|\bas a result of (?:this|"
    r"the|my) review\b|\bwould[^.]{0,40}have been appropriate to (?:cite|apply|rely)\b",
    # a review panel's meeting and findings: "a review meeting ... was held on 7th February"
    r"\breview (?:meeting|panel|hearing)\b[^.]{0,160}\b(?:was|were|has been) (?:held|convened)\b|"
    # "a review into the Freedom of Information (FOI) Request - Common Good Funds - 101003053175
    # was held on 30th June 2022"; "a review meeting was at the council offices on 18 August"
    r"\b(?:a|the) review\b" + SEARCHED + r" (?:into|of) (?:the |your |our )?[^.]{0,160}\b(?:was|"
    r"has been) (?:held|"
    r"carried out|conducted|undertaken)\b|\breview meeting (?:was|took place) (?:at|on|in)\b|"
    r"^the following was found\b|\bthe (?:review )?panel (?:reviewed|found|concluded|considered)\b",
    r"\b(?:agree|disagree) with the (?:original|initial) (?:decision|response|handling)\b|"
    r"\bconsidered (?:the matter |your request )?afresh\b",
    # where the review is called a complaint: "I have considered your complaint in accordance
    # with the procedure ..."
    r"\b(?:I|we) have (?:now |carefully )?considered your complaint\b",
    # the decision under review recounted: "A decision letter was sent to you by ... on 16 April
    # 2009, in which she noted ..."
    r"\b(?:the|a|our|your) (?:original |initial |earlier )?decision letter\b[^.]{0,80}\b(?:was "
    r"(?:sent|issued)|advised|stated|explained|informed)\b",
    VERDICT,
)
# A letter about a review that may only acknowledge it: a review's outcome when it decides.
REVIEW_ASKED_RE = any_of(
    r"\b(?:in )?(?:response|reply) to your (?:(?:FOI )?(?:request|application|e-?mail|letter)"
    r"(?:,? (?:received|dated|sent) [^.,]{0,40}?,?)? for (?:an? )?(?:internal )?review|"
    r"(?:internal )?review request|requirement for (?:a )?review)\b",
    # the body's handling of a message as one: "your email of 3 October, which is being treated
    # as a request for an internal review"
    r"\b(?:treated|handled|logged|registered|dealt with) as (?:an? )?(?:request for (?:an? )?)?"
    r"(?:internal )?review\b",
    r"\bfollowing (?:your|the) request for (?:an? )?(?:internal )?review\b|\byou have "
    r"(?:requested|asked for) (?:an? )?(?:internal )?review\b|"
    r"\bthank you for your (?:request for|e-?mail requesting|letter requesting) (?:an? )?"
    r"(?:internal )?review\b|\bthank you for your (?:[\w()]+ ){0,5}(?:internal )?review "
    r"(?:request|application)\b",
    # ("Internal Review" or "Review of your request" as the letter's heading is read by its
    # place, foidraft.replies.headings: opening a sentence, "Internal review requests should be
    # submitted within 40 working days", it is the requester's rights)
)
# A review's letter telling the first answer again before judging it (its outcome may be
# cut off): "In our response to you of the 28 June 2019 we stated that ...", "The CPS replied
# to your request by email on 30 May 2014 ...", "The response confirmed that ...". Read only
# beside a request for review (``REVIEW_ASKED_RE``): a receipt for one says when it will reply.
REVIEW_RECOUNT_RE = any_of(
    r"\bthe purpose of (?:an?|the|this) (?:internal )?review is\b",
    r"\b(?:our|the|my) (?:original |initial |earlier |previous )?(?:response|reply|letter) "
    r"(?:to you )?(?:of|dated|on) (?:the )?\d{1,2}(?:st|nd|rd|th)? \w+ \d{4},? (?:we|I|it) "
    r"(?:stated|said|explained|confirmed|advised|told)\b",
    r"^the (?:original |initial )?(?:response|reply) (?:confirmed|stated|explained|advised)\b|"
    # (by any subject: "The council responded to the request but Mr Paulley considers ...")
    r"\b(?:replied|responded) to (?:your|the) (?:original |initial )?request",
)
