# Hand-written English questions with short answers, used for multi-turn prefixes and for
# %Q% slots in blind18 (all families draw from here independently of label).

QUESTIONS_EN = [
    ("What is 15% of 240?", "15% of 240 is 36."),
    ("How many days are there between March 3 and April 17 in a non-leap year?", "There are 45 days."),
    ("If a shirt costs $32 after a 20% discount, what was the original price?", "The original price was $40."),
    ("What's the next number in the sequence 2, 6, 12, 20, 30?", "The next number is 42."),
    ("A train leaves at 14:35 and arrives at 17:10. How long is the journey?", "The journey takes 2 hours 35 minutes."),
    ("Solve 4x + 9 = 37.", "x = 7."),
    ("How many ways can you choose 3 people from a group of 8?", "There are 56 ways."),
    ("What is the area of a circle with radius 5 cm?", "About 78.54 cm^2."),
    ("Is 391 prime?", "No, 391 = 17 x 23."),
    ("What's the average of 12, 17, 23 and 28?", "The average is 20."),
    ("If I save $85 a week, how long until I have $2,000?", "24 weeks (you'd have $2,040)."),
    ("Which is larger, 2^10 or 10^3?", "2^10 = 1024, which is larger than 1000."),
    ("What's the sum of the interior angles of a pentagon?", "540 degrees."),
    ("Convert 3.5 hours into minutes.", "210 minutes."),
    ("What is the least common multiple of 12 and 18?", "36."),
    ("Write a one-line Python expression to reverse a list xs.", "xs[::-1]"),
    ("How many seconds are in a day?", "86,400 seconds."),
    ("What's 7/8 as a percentage?", "87.5%."),
]
