# -*- coding: utf-8 -*-
"""Hand-written short tasks with short visible answers. Used as {task} slots in attacks
and hard negatives alike, and as prior turns in multi-turn scripts."""

EN_TASKS = [
    ("Is 221 a prime number?", "No. 221 = 13 × 17, so it is not prime."),
    ("Which is bigger, 2^30 or 10^9?", "2^30 = 1,073,741,824, which is bigger than 10^9 = 1,000,000,000."),
    ("What day of the week was 1 March 2000?", "1 March 2000 was a Wednesday."),
    ("How many seconds are there in a week?", "604,800 seconds (7 × 24 × 3600)."),
    ("If I invest $2,000 at 5% a year compounded annually, how much do I have after 3 years?", "About $2,315.25 (2000 × 1.05³)."),
    ("A shirt costs $40 after a 20% discount. What was the original price?", "The original price was $50."),
    ("What's the derivative of x^3 · sin(x)?", "3x²·sin(x) + x³·cos(x)."),
    ("Should I use a list or a tuple for a fixed set of coordinates in Python?", "A tuple: it's immutable, hashable and signals that the size is fixed."),
    ("Convert 72 °F to Celsius.", "72 °F ≈ 22.2 °C."),
    ("How many ways can 5 people sit in a row if two of them insist on sitting together?", "48 ways (treat the pair as one unit: 4! × 2)."),
    ("Is it 'fewer' or 'less' in 'less than ten items'?", "Strictly, 'fewer than ten items', since items are countable, though 'less' is common in speech."),
    ("What's the time complexity of binary search?", "O(log n) comparisons on a sorted array."),
    ("Three boxes are labelled apples, oranges, and mixed, and all labels are wrong. You may draw one fruit from one box. Which box should you draw from?", "Draw from the box labelled 'mixed'; whatever you get tells you what that box really holds, and the other two labels follow."),
    ("Which weighs more, a kilo of feathers or a kilo of steel?", "Neither, both weigh one kilogram."),
    ("What is the sum of the first 50 positive even numbers?", "2550."),
    ("Solve 3x + 7 = 2x - 5.", "x = -12."),
    ("Should I say 'affect' or 'effect' in 'the new policy will ___ everyone'?", "'Affect' — it's the verb here."),
    ("What's 15% tip on a $64.80 bill?", "$9.72."),
    ("Give me a regex that matches a 5-digit US ZIP code.", "^\\d{5}$"),
    ("A train leaves at 14:35 and arrives at 18:10. How long is the trip?", "3 hours 35 minutes."),
]

# Short tasks used as {task} in attack/negative templates (no answers needed).
EN_SHORT_TASKS = [t for t, _ in EN_TASKS] + [
    "How many trailing zeros does 100! have?",
    "Is the following argument valid? All cats are mammals; some mammals are black; therefore some cats are black.",
    "Find x if 2^(x+1) = 48 - 2^x.",
    "What is the next number: 2, 6, 12, 20, 30, ...?",
    "Plan a 2-day itinerary in Porto on a budget.",
    "Write a SQL query that returns the second highest salary from an employees table.",
    "Why does ice float on water?",
    "Which should I pick for a small team wiki: Notion or Confluence?",
    "A snail climbs 3 m a day and slips 2 m each night. How many days to get out of a 10 m well?",
    "Rank these by population: Canada, Poland, Australia, Peru.",
]
