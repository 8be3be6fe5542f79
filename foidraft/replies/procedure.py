"""The words of a reply that decides nothing yet: a fees notice, an extension, a
clarification request, an acknowledgement, the request put on hold; and a refusal notice
said to cover a part. Each a bounded regex, as in ``foidraft.replies.phrases``; the words
of an internal review's outcome are in ``foidraft.replies.review_words``.
"""

from __future__ import annotations

import re

from foidraft.replies.grammar import ASKS, CHARGE, RECEIPT_PROMISE, WEIGHING, any_of
from foidraft.replies.shares import REQ

# What a letter before the decision says, by what it asks or tells.
PROCEDURE_WORDS: dict[str, re.Pattern[str]] = {
    "fees": any_of(
        r"\bfees? notice\b|\b(?:a |the )?(?:fee|charge|disbursements?) of £ ?(?!(?:25|450|"
        r"600)\b)\d",
        r"£ ?(?!(?:25|450|600)\b)\d[\d,.]* (?:fee|charge)\b|\bfee (?:payable|due) is\b|"
        r"\bcharge (?:you )?£ ?(?!(?:25|450|600)\b)\d",
        r"\b(?:on|upon|after|once we have) (?:receipt of |receiving )?(?:the |your )?(?:fee|"
        r"payment)\b|\b(?:once|when|after) (?:the |your )?(?:fee|payment) (?:has been|"
        r"is) (?:received|paid|made)\b|\bthree months (?:to|in which to) pay\b",
        r"\b(?:cheques?|payments?) (?:should|must|can) be (?:made|sent)\b|\bpay (?:the|"
        r"this) (?:fee|charge)\b",
        # copying charged before the documents are sent: "The cost of photocopying ... is £35.50.
        # Please send payment of this amount"
        r"\bsend (?:us )?(?:the |your )?payment\b|\bpayment of (?:this|the|that) (?:amount|sum|fee|"
        r"charge)\b|\bcost of (?:photocopying|copying|printing|postage)\b[^.]{0,40}£ ?\d",
        r"\buntil (?:we (?:have )?receive[sd]? )?(?:the |your )?(?:payment|fee)\b|"
        r"\bmade payable to\b",
        # "The charge for this search is £75", "a charge of 10p per page", "make payment by card"
        r"\b(?:the |a )?(?:fee|charge|cost) (?:for|of) (?:this|the|your) (?:search|request|"
        r"information|copies|work)\b[^.]{0,20}\b(?:is|will be|would be) £ ?\d|\b(?:charge|fee)s? "
        r"of \d{1,3}p\b|\bmake (?:a |the |your )?payment\b|\bsend (?:you )?an invoice\b",
        CHARGE,
    ),
    "extension": any_of(
        r"\b(?:extend|extending|extension (?:of|to)|extended) (?:the |this |our )?(?:time|"
        r"deadline|response|period|date|limit|timescale)",
        # ("We are allowed additional time in which to consider these exemptions")
        r"\b(?:need|needs|require|requires|take|taking|allowed|permitted|entitled to) (?:an? )?"
        r"(?:additional|further|extra|more) (?:\d+ |twenty |ten |five )?(?:working )?(?:days|"
        r"time)\b",
        r"\blonger than (?:the )?(?:20|twenty) working days\b|\bexceed the 20 working day",
        r"\bnot yet (?:been able to )?(?:reached|made|completed|concluded) (?:a|our|"
        r"the) (?:decision|conclusion|assessment)",
        r"\bconsiderations? (?:into your request )?(?:are|is) (?:still )?ongoing\b|"
        r"\bunable to (?:reply|respond) substantively\b|\bsection 10 ?\(3\)",
        r"\bnot (?:yet )?(?:been able to )?(?:complete|completed|finalise|finalised|conclude|"
        r"concluded) (?:our|the|your|its|their) (?:response|consideration|deliberations|"
        r"assessment)\b|\b(?:response|reply) (?:to your request )?(?:will|is going to) be "
        r"delayed\b",
        r"\b(?:deadline|time limit|response date|date for (?:our |a )?response|"
        r"period) (?:has been |have been |is |will be )?extended\b|\bstill (?:considering|"
        r"assessing|consulting|weighing)\b",
        # a new due date, its reasons in an attachment: "The date that the response is due for
        # your request ... has been changed to 15th April"
        r"\b(?:response|reply) is due\b[^.]{0,60}\b(?:has been|have been|was|is being) (?:changed|"
        r"moved|revised|put back|pushed back)\b|\brevised (?:due |response )?date\b",
        r"\bpublic interest (?:test )?(?:is|are) (?:still |currently )?being (?:considered|"
        r"assessed|weighed)\b|\b(?:still|currently) considering (?:the )?public interest\b",
        # the answer late, however the inability is said: "we have been unable to complete our
        # response within 20 working days", "we are unable to provide you with a final decision
        # on your request within the 20-day time frame"
        r"\b(?:(?:not|n['’]t) (?:yet )?(?:be |been )?able|(?:be |been )?unable) to (?:respond|"
        r"reply|answer|complete|finalise|resolve|deal with|(?:provide|supply|send|give|issue) "
        r"(?:a|our|you with (?:a|our)|you (?:a|our)) (?:full |final |substantive |formal |"
        r"complete )?(?:response|reply|decision|answer))\b[^.]{0,40}\b(?:within|by (?:today|the|"
        r"this|that|\d)|today|on time|in time)\b",
        # "your request will take longer than usual" (not an apology for a delay: a late
        # answer or a late receipt makes one too)
        r"\b(?:take|taking) longer than (?:usual|expected|normal|anticipated|20 working days)\b",
        # the decision the extra time is for: "we will reach a decision by 1 June 2024"
        r"\b(?:reach|make|come to) (?:a|our|the) decision (?:on (?:the )?public interest )?by\b",
        # a new date for the answer, the consideration going on: "I now aim to respond by 3 May"
        # the answer put off to a date the letter sets: "I will be in touch again by 17 October"
        r"\b(?:be in touch|write to you|contact you|update you|respond|reply) again (?:by|on|"
        r"before|no later than)\b|"
        r"\b(?:I|we) now (?:aim|expect|hope|intend|plan) to (?:respond|reply|provide|send)\b|"
        # the answer's date moved for a reason just given: "The school was closed for half
        # term ... I shall accordingly reply to your request ... by the end of this week"
        r"\b(?:I|we) (?:shall|will) (?:accordingly|therefore|consequently|now) (?:reply|"
        r"respond|write)\b[^.]{0,80}\bby\b|"
        r"\bcontinue to (?:make progress (?:in|with) )?consider(?:ing)?\b",
        # the time the Act allows for the public interest test, said of this request: "A full
        # response must be provided within such a time as is reasonable in all circumstances"
        r"\bresponse (?:must|will|should) be (?:provided|supplied|sent|given|issued) within such "
        r"(?:a )?time as "
        r"is reasonable\b",
    ),
    # a public interest test still to be done, said of this request (a letter that decides
    # nothing yet; a refusal saying so goes on to weigh it): "This is a qualified exemption
    # and, as such, it is necessary to carry out a public interest test"
    "weighing": any_of(
        r"\bit is (?:necessary|required) to (?:carry out|conduct|undertake) (?:a|the) public "
        r"interest test\b|\b(?:we|I) (?:are|am) required to (?:carry out|conduct|undertake) (?:a|"
        r"the) public interest test\b|\b(?:we|I) (?:have|need) to consider whether it would be in "
        r"the public interest\b",
        WEIGHING,
    ),
    "clarify": any_of(
        r"\b(?:please|kindly) (?:could you )?(?:clarify|confirm|specify|indicate|explain|"
        r"let (?:me|us) know|advise|tell|re-?word|re-?phrase|re-?write|resubmit|narrow|refine)\b",
        r"\b(?:please|kindly) (?:could you )?provide (?:us with |me with )?(?:some )?(?:further|"
        r"more|additional) (?:details|detail|information|particulars)\b",
        r"\bre-?(?:word|phrase|write|submit) your (?:foi |freedom of information )?(?:request|"
        r"application|questions?)\b",
        r"\b(?:need|require|ask|asking) you to (?:clarify|confirm|specify|provide|indicate|"
        # (not the request told back: "I would be most grateful if you would provide me ...
        # details in respect to the contract below")
        r"explain)\b|\bgrateful if you (?:could|would|can)\b(?! (?:please )?(?:quote\b|(?:provide|"
        r"supply|send|give) me\b(?![^.]{0,20}\b(?:further|more|additional|clarif))))|\byour "
        r"request (?:is|was|appears|seems) (?:(?:very|too|rather|quite) )?(?:unclear|ambiguous|"
        r"broad|wide|vague)\b",
        r"\b(?:could|can|would|will) you (?:please )?(?:clarify|confirm (?:which|what|whether|"
        r"if)|specify|indicate|explain|let (?:me|us) know|advise|tell (?:me|us)|"
        r"provide (?:further|more|some|additional)|be more specific|narrow|refine)\b",
        r"\bit would (?:help|assist|be helpful)[^.]{0,80}\bif you\b",
        r"\b(?:are|were) you (?:referring|asking|requesting|looking|seeking|wanting|interested)\b",
        r"\b(?:do|did) you (?:mean|require|want|wish|need|intend)\b|\bwhat (?:is|was) meant by\b",
        r"\b(?:need|require|requires|needs) (?:some )?(?:further|more|additional) (?:details|"
        r"information|clarification)\b[^.]{0,40}\b(?:from you|to identify|to locate|in order to|"
        r"before)\b",
        r"^(?:request for )?clarification(?: (?:requested|sought|required|needed|request|"
        r"sent to (?:the )?requester))?\W*$|\b(?:request for )?clarification (?:was )?(?:sent|"
        r"sought) (?:to you|on)\b",
        r"\b(?:in order to|to) (?:identify|locate|find)\b[^.]{0,60}\b(?:need|"
        r"require)\w* (?:some )?(?:further|more|additional) (?:details|information|"
        r"clarification)\b",
        r"\buntil (?:we|I) (?:receive|have received|hear)\b[^.]{0,30}\bclarification\b",
        # "In order for us to respond to your request, we require further information."
        r"\bin order (?:for us )?to (?:respond|reply|process|deal with|answer|locate)\b[^.]{0,60}\b"
        r"(?:need|require)\w* (?:some )?(?:further|more|additional) (?:details|information|"
        r"clarification)\b",
        # "I ask that you confirm that you are content with the re-wording"
        r"\b(?:ask|request) that you (?:clarify|confirm|specify|provide|indicate|explain|let)\b",
        r"\bclarification (?:is )?(?:required|needed|sought)\b|\b(?:ask|asking) you to clarify\b|"
        r"\b(?:I|we) (?:am |are )?seek(?:ing)? clarification\b|\bsection 1 ?\(3\)",
        # "We would like to request some clarification regarding your ... request"
        r"\b(?:I|we) (?:would (?:just )?like(?: to (?:request|ask for|seek))?|(?:need to|must) "
        r"(?:request|ask for|seek)) (?:some )?(?:further )?clarification\b",
        ASKS,
    ),
    "ack": any_of(
        r"\backnowledg\w* (?:with thanks )?(?:the )?(?:receipt|your (?:request|e-?mail|letter|"
        r"correspondence|application))",
        r"\bthis is (?:an? )?(?:automated |automatic )?(?:confirmation|acknowledgement)\b|"
        # the receipt sent as a letter: "Please find attached acknowledgement letter."
        r"\b(?:attached|enclosed),? (?:(?:an?|the|our) )?acknowledge?ment\b",
        r"\bconfirm(?:ation)? that (?:we have |it has )?received your\b|"
        r"\bconfirmation that your\b",
        r"\b(?:has|have) been received\b|\bwe have received your\b|\bwhich we received on\b",
        r"\b(?:your request|it) will (?:now )?be (?:considered|processed|dealt with|handled)\b",
        # ... and the same said in the active voice: "We will consider your request and give you
        # the information as soon as we can", "I have allocated your request to Mark Ellen"
        r"\b(?:I|we) will (?:now )?(?:consider|process|deal with|handle) your (?:request|e-?mail|"
        r"enquiry|application)\b|\b(?:I|we) have (?:now )?(?:logged|registered|allocated|assigned|"
        r"passed|forwarded|referred) your (?:request|e-?mail|enquiry|application)\b",
        r"\bwe are (?:currently )?(?:considering|processing|dealing with|looking into) your\b",
        r"\b(?:you will|you should|you can (?:normally )?expect to|you can normally expect|"
        r"can expect) (?:to )?(?:receive |get |have )?(?:a |our |the )?(?:full )?(?:response|"
        r"reply)\b",
        r"\bscheduled date for (?:our|the|a) response\b|\b(?:response|reply) (?:is|will be) due\b",
        r"\bautomat(?:ic|ed|ically generated) (?:reply|response|acknowledgement|confirmation|"
        r"e-?mail)",
        # an answer still to come, however promised: "we hope to send our response by ...", the
        # body in the third person too ("The Commissioner ... aims to respond to correspondence
        # within 10 working days")
        r"\b(?:will|shall|(?:expect|hope|aim|intend|plan)s? to) (?:aim to )?(?:respond|reply|be in "
        r"touch|send (?:you )?(?:a|our|the) (?:full )?(?:response|reply))\b[^.]{0,60}\b(?:within|"
        r"by|as soon as|shortly|no later than|on or before)\b",
        r"\bwill shortly be in touch\b|\b(?:has|have) been (?:logged|registered|allocated|"
        r"assigned|passed (?:on )?to)\b",
        r"\byou have contacted the\b|\bconfirm (?:the )?receipt\b|\bas (?:an )?acknowledgement\b|"
        r"\b(?:is|are|has been|have been|hereby) acknowledged\b",
        r"\bwill (?:endeavour|try|seek|aim) to (?:respond|reply|provide (?:you with )?(?:a|our) "
        r"response)\b|\b(?:due date|deadline) for (?:your|our|the|a) (?:response|reply)\b",
        r"\b(?:will|should) be (?:answered|responded to|dealt with|processed|considered) (?:within|"
        r"by|no later than|as soon as)\b|\b(?:is|are) being (?:dealt with|processed|considered|"
        r"handled)\b",
        # the date the answer is due: "will be considered under the Act and responded to by no
        # later than 22nd February", "a response should be provided to you by 23 November"
        r"\band (?:responded to|answered|replied to) (?:by|within|no later than)\b|"
        r"\b(?:a|our|the) (?:full )?(?:response|reply) (?:should|will) be (?:provided|sent|issued|"
        r"given) (?:to you )?(?:by|within|no later than|on or before)\b",
        r"\b(?:has|have) been (?:forwarded|referred|sent|passed) (?:on )?to (?:the|our) (?:\w+ )?"
        r"(?:team|department|service|unit|officer)\b|\bwill (?:reply|respond) in (?:line|"
        r"accordance) with the (?:statutory )?(?:timescales?|time limits?|deadline)\b",
        # an automatic receipt's opening: "Your email to the ... Freedom of Information (FOI) in
        # box is ..."
        r"^your (?:e-?mail|message|correspondence) to (?:the )?[^.]{0,80}\b(?:in ?box|mailbox)\b|"
        # a review still to be done: "We will now conduct an internal review of your request"
        r"\b(?:we|I) will (?:now )?(?:conduct|carry out|undertake|arrange|begin) (?:an?|the|your) "
        r"(?:internal )?review\b|"
        r"\b(?:we are|I am) (?:now )?in the process of (?:dealing with|processing|considering|"
        r"handling) your\b|\b(?:we are|we're) required to (?:reply|respond) within\b",
        RECEIPT_PROMISE,
    ),
    # the request said to have been considered: a letter with the decision, not a receipt
    # ("I confirm that the Council has now considered your request under the EIR")
    "considered": any_of(
        rf"\b(?:has|have) (?:now )?(?:fully |carefully )?considered (?:your|the|this) {REQ}\b|"
        rf"\b(?:your|the|this) {REQ}\b[^.]{{0,40}}\b(?:has|have) (?:now )?been "
        r"(?:fully |carefully )?considered\b|\bhad the opportunity to (?:fully )?consider your\b",
    ),
    # the answer overdue: "we have now missed the legal deadline". Read only where a letter
    # decides nothing (``kinds._pending``): a late answer says so too (and a late receipt).
    "late": any_of(
        r"\b(?:missed|passed|exceeded|gone past|(?:are|is) (?:now )?(?:beyond|outside)) (?:the )?"
        r"(?:legal|statutory|20[ -]working[ -]days?) (?:deadline|time ?limit|timescale|time ?frame|"
        r"response (?:date|deadline))\b",
        # ... or said of this reply: "we have not yet responded to your request, which was due
        # on 3 June" (an apology for a delay alone may come with a late receipt)
        r"\b(?:have|has) not (?:yet )?(?:responded|replied|been able to (?:respond|reply))\b"
        r"[^.]{0,80}?\b(?:was|were|is) (?:now )?(?:due|overdue)\b|\b(?:response|reply) is "
        r"(?:now )?overdue\b",
    ),
    # weaker signs of a receipt, read only where a letter decides nothing and says nothing
    # else: the statutory clock, a reference to quote, the day the request came in
    "ack_hint": any_of(
        r"\b(?:20|twenty) working days\b|\b(?:reference|ref\.?) (?:number|no\.?)\b|\bquote (?:the|"
        r"this|your) reference\b|\breceived (?:on|today|by)\b|\bwill be (?:in touch|contacted)\b",
    ),
}
