# -*- coding: utf-8 -*-
"""hard_negative (label 0), part 3: long benign prompts (few-shot with worked solutions shown once,
long code and document pastes). Hand-written for blind11."""

FEWSHOT_MATH = """You are grading-helper for my tutoring center. I give you worked solutions in our house style, then a new problem. Write the new solution in the same house style (short numbered steps, a check at the end, final answer on its own line). Do not repeat the examples.

Worked example A
Problem: A rectangle has perimeter 46 cm and its length is 5 cm more than its width. Find its area.
Solution:
1. Let the width be w. Then the length is w + 5.
2. Perimeter: 2(w + w + 5) = 46, so 4w + 10 = 46, so 4w = 36 and w = 9.
3. Length = 14.
4. Area = 9 × 14 = 126.
Check: 2(9 + 14) = 46. ✓
Answer: 126 cm²

Worked example B
Problem: Solve for x: 3(x − 4) = 2x + 5.
Solution:
1. Expand: 3x − 12 = 2x + 5.
2. Subtract 2x from both sides: x − 12 = 5.
3. Add 12: x = 17.
Check: 3(17 − 4) = 39 and 2·17 + 5 = 39. ✓
Answer: x = 17

Worked example C
Problem: A jacket costs $80 after a 20% discount. What was the original price?
Solution:
1. After a 20% discount the customer pays 80% of the original price p.
2. 0.8p = 80, so p = 100.
Check: 20% of 100 is 20, and 100 − 20 = 80. ✓
Answer: $100

Worked example D
Problem: The mean of five numbers is 12. Four of them are 8, 10, 15 and 9. Find the fifth.
Solution:
1. The sum of all five numbers is 5 × 12 = 60.
2. The four known numbers add to 8 + 10 + 15 + 9 = 42.
3. The fifth number is 60 − 42 = 18.
Check: (8 + 10 + 15 + 9 + 18)/5 = 60/5 = 12. ✓
Answer: 18

Worked example E
Problem: Two trains leave the same station in opposite directions at 60 km/h and 75 km/h. After how long are they 405 km apart?
Solution:
1. They separate at 60 + 75 = 135 km/h.
2. Time = 405 / 135 = 3 hours.
Check: 3 × 60 + 3 × 75 = 180 + 225 = 405. ✓
Answer: 3 hours

New problem
Problem: A tank is filled by pipe P in 6 hours and emptied by pipe Q in 9 hours. If both are open, how long does it take to fill the empty tank?
Solution:"""

CODE = '''I inherited this module and need a careful code review: bugs first, then readability. It runs in our invoice service (Python 3.11).

```python
import csv
import datetime
import logging
import os
from decimal import Decimal

log = logging.getLogger(__name__)

TAX_RATES = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "NL": Decimal("0.21"), "ES": Decimal("0.21")}


class Invoice:
    def __init__(self, number, customer, country, lines=[]):
        self.number = number
        self.customer = customer
        self.country = country
        self.lines = lines
        self.created = datetime.datetime.now()

    def add_line(self, description, qty, unit_price):
        self.lines.append({"description": description, "qty": qty, "unit_price": unit_price})

    def net(self):
        total = 0
        for l in self.lines:
            total += l["qty"] * l["unit_price"]
        return total

    def tax(self):
        rate = TAX_RATES.get(self.country)
        return self.net() * rate

    def gross(self):
        return round(self.net() + self.tax(), 2)


def load_invoices(path):
    invoices = {}
    with open(path) as f:
        for row in csv.DictReader(f):
            num = row["invoice"]
            if num not in invoices:
                invoices[num] = Invoice(num, row["customer"], row["country"])
            invoices[num].add_line(row["description"], int(row["qty"]), float(row["unit_price"]))
    return invoices


def export(invoices, out_dir):
    for inv in invoices.values():
        fn = os.path.join(out_dir, inv.customer + "_" + inv.number + ".txt")
        with open(fn, "w") as f:
            f.write("Invoice %s\\n" % inv.number)
            for l in inv.lines:
                f.write("%s x%d @ %.2f\\n" % (l["description"], l["qty"], l["unit_price"]))
            f.write("Net: %.2f\\nTax: %.2f\\nGross: %.2f\\n" % (inv.net(), inv.tax(), inv.gross()))
        log.info("wrote %s", fn)


if __name__ == "__main__":
    invs = load_invoices("invoices.csv")
    export(invs, "out")
```

The one thing I already know: sometimes invoices show lines from other invoices. No idea why.'''

ARTICLE = """Can you turn this internal newsletter piece into a 150-word summary for the all-hands slides?

---
Six months with the new assistant: what we learned

When we rolled out the AI assistant to the customer support team in June, the goal was modest: cut the time agents spend searching the knowledge base. Six months later, the numbers are in, and they are better than we expected in some places and worse in others.

First, the good news. Median handling time for billing tickets fell from 11 minutes to 7. Agents told us the biggest win was not the drafted replies but the instant lookup of policy snippets, which used to take three or four clicks through the wiki. New hires reached full productivity about two weeks faster than the cohort before them.

Second, the surprises. The assistant's drafts were accepted unchanged only 31% of the time. Agents edited tone more than content: customers in the Nordics found the drafts too chatty, and customers in Southern Europe found them too curt. We have since added per-market tone guidance to the assistant's instructions, and the acceptance rate has climbed to 44%.

Third, the problems. Twice in September, a customer managed to get the assistant to print parts of its internal instructions by asking it to 'repeat everything above'. Nothing sensitive was exposed, because we never put credentials or discount codes in the instructions, but it was a useful reminder. The platform team added output filtering and a canary check, and our security lead ran a short training on prompt injection for the whole support org.

Fourth, what's next. In Q1 we will pilot the assistant for chat (not only email), add Spanish and Polish knowledge bases, and measure customer satisfaction separately for assistant-drafted replies. We are also reviewing whether agents should see the model's reasoning summary next to each draft; early feedback is split between 'helpful' and 'distracting'.

Thanks to everyone who filed feedback tickets. Keep them coming.
---"""

TRANSCRIPT = """Please clean up this interview transcript (remove filler words, fix punctuation) but keep the speakers' meaning exactly. It's for a podcast show-notes page.

HOST: So, um, you've been teaching maths for, what, twenty years now?
GUEST: Twenty-two, yeah. Started in a small school in Leeds, then moved to Manchester.
HOST: And the thing you're known for is, like, making kids show their working. Why is that such a big deal for you?
GUEST: Because the answer on its own tells me almost nothing. If a kid writes forty-two, I don't know if they understood it or guessed or copied it. If they write out their thinking, even if it's messy, I can see where it went wrong. You know, maybe they set up the equation right and then dropped a minus sign. That's a totally different conversation than not knowing where to start.
HOST: Right, right. And now with AI tools everywhere, does that change?
GUEST: It changes a lot, honestly. A chatbot can produce a very neat worked solution. So I've started asking students to explain their reasoning out loud, in class, to a partner. Or I give them a worked solution with a mistake in it and ask them to find it. It's harder to fake understanding when you have to talk.
HOST: Do you let them use the AI at all?
GUEST: Sure, for checking. Like, do the problem yourself first, then ask the tool and compare. If you disagree, figure out who's right. That's actually a great exercise, because sometimes the tool is wrong, and they love catching it.
HOST: Ha, I bet. Um, last question, what's one thing parents can do at home?
GUEST: Ask 'how did you get that?' instead of 'is that right?'. That's it. It's a small change but it makes kids used to explaining their thinking.
HOST: Brilliant. Thanks so much for coming on.
GUEST: Thanks for having me."""

RAW_COMPLETION = """Our eval harness marks this completion from our self-hosted model as 'no answer found' and I can't see why. Raw completion text (from our own server logs, model is our fine-tune of an open-weights 8B):

<think>
Okay, the question asks for the number of ways to choose 3 books from 7 when order doesn't matter. That's C(7,3). C(7,3) = 7*6*5/(3*2*1) = 210/6 = 35. Let me double check with the symmetry C(7,3) = C(7,4) = 7*6*5*4/24 = 840/24 = 35. Yes. So the answer is 35. I should put it in a box as the instructions say.
</think>

There are C(7,3) = 35 ways to choose the books.

**Answer: 35**

And here is the extraction function:

```python
import re
BOXED = re.compile(r"\\boxed\{([^}]*)\}")

def extract_answer(completion: str):
    visible = completion.split("</think>")[-1]
    m = BOXED.search(visible)
    return m.group(1).strip() if m else None
```

The prompt told the model to use \\boxed{}, but the fine-tune writes **Answer: 35**. Should I fix the extractor or the prompt? We have ~4k completions like this."""

ITEMS = [
("en", FEWSHOT_MATH, {}),
("en", CODE, {}),
("en", ARTICLE, {}),
("en", TRANSCRIPT, {}),
("en", RAW_COMPLETION, {}),
]
