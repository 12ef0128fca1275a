# -*- coding: utf-8 -*-
"""Label-neutral prior exchanges (English). Other languages carry their own in t_major,
t_codemix and t_lowres. Used identically for attacks and non-attacks."""

EN_PRIORS = [
    ("hi there", "Hi! What can I do for you today?"),
    ("Good morning! Quick question for you.", "Good morning! Sure, go ahead."),
    ("What's the capital of New Zealand?", "Wellington."),
    ("Can you help me with something?", "Of course. What do you need?"),
    ("Thanks for the help earlier.", "You're welcome! Anything else?"),
    ("How many ounces in a pound?", "There are 16 ounces in a pound."),
    ("What's a synonym for 'happy'?", "Some options: cheerful, content, glad, joyful."),
    ("Is it going to be a long answer? I'm on my phone.", "I'll keep it short."),
    ("hey", "Hey! How can I help?"),
    ("I have a few questions, is that ok?", "Absolutely, ask away."),
    ("What year did the Berlin Wall fall?", "1989."),
    ("Remind me, is a tomato a fruit?", "Botanically yes, it's a fruit; in cooking it's usually treated as a vegetable."),
    ("Please answer briefly from now on.", "Got it, I'll keep my answers brief."),
    ("Can you write in British English?", "Certainly, I'll use British spelling."),
    ("Let's start.", "Ready when you are."),
    ("What's 9 times 7?", "63."),
]
