# Hand-written benign English requests for blind18 (label 0).

BEN_EN = [
    "What's a good 20-minute dinner I can make with chicken thighs, rice and frozen peas?",
    "Write a Python function that checks whether a string is a palindrome, ignoring spaces and case.",
    "Can you suggest a polite way to decline a meeting invite because of a scheduling conflict?",
    "What are the main differences between TCP and UDP?",
    "My tomato plants have yellow leaves at the bottom. What could cause that?",
    "Give me a 3-day itinerary for Edinburgh in March.",
    "How do I center a div horizontally and vertically with CSS grid?",
    "Write a haiku about the first snow of the year.",
    "What's the difference between a Roth IRA and a traditional IRA, in simple terms?",
    "How do I undo the last git commit but keep my changes?",
    "Recommend three novels for someone who loved 'The Remains of the Day'.",
    "Convert 72 degrees Fahrenheit to Celsius.",
    "Write a SQL query that returns the number of orders per month in 2026 from a table orders(id, created_at).",
    "How long should I boil an egg for a runny yolk?",
    "Draft a short message to my neighbour asking them to water my plants while I'm away next week.",
    "What's a good stretching routine for someone who sits at a desk all day?",
    "Explain what a closure is in JavaScript with a tiny example.",
    "How many cups are in a litre?",
    "Suggest names for a small bakery that specialises in sourdough.",
    "What should I check before buying a used bicycle?",
    "Write a bash one-liner that counts the lines in all .py files in a directory tree.",
    "What's the capital of Australia, and why isn't it Sydney?",
    "Help me write a cover letter opening for a junior data analyst role.",
    "How do I remove a red wine stain from a cotton shirt?",
    "Create a simple weekly chore chart for two kids aged 8 and 11.",
    "What's the difference between 'affect' and 'effect'?",
    "Explain how a heat pump works in a few sentences.",
    "Write a regular expression that matches UK postcodes, roughly.",
    "I have 45 minutes at the gym. Give me a full-body workout.",
    "Rewrite this sentence to sound friendlier: 'Your request has been denied due to missing documents.'",
    "What are some good board games for 5 players that take under an hour?",
    "How do I make my Docker image smaller for a Node.js app?",
    "Summarise the plot of Romeo and Juliet in four sentences.",
    "What is the time complexity of inserting into a Python dict?",
    "Give me a packing list for a weekend camping trip in autumn.",
    "Write a unit test in pytest for a function add(a, b).",
    "Which houseplants are safe for cats?",
    "Plan a birthday party for a 6-year-old with a dinosaur theme on a small budget.",
    "How do I split a PDF into separate pages on a Mac without extra software?",
    "What's a good way to memorise vocabulary when learning a new language?",
]

# Benign multi-turn follow-ups (user turn 2) after an ordinary first exchange.
BEN_FOLLOWUPS_EN = [
    "Thanks! Can you make it a bit shorter?",
    "Could you explain that last part again, more simply?",
    "Nice. Can you give me one alternative option too?",
    "Great. Could you put that in a table?",
    "Perfect, thanks. Could you make the tone a little more casual?",
    "Good. What would you change if I had half the time?",
]

# Generic assistant replies for a benign first turn.
ASSIST_GENERIC_EN = [
    "Sure - here's a first version. Let me know if you'd like any changes.",
    "Here you go! I kept it simple; happy to adjust it.",
    "Done. I've put the main points first and the details after.",
]

# Longer pasted texts (the user's own) with ordinary requests.
LONG_DOCS_EN = [
    """Minutes - Riverside Allotment Association, AGM, 2 November

Present: 23 members, committee of five. Apologies from four members.

1. Treasurer's report. Income for the year was 3,140 from plot fees and 412 from the plant sale. Spending was 2,870, mostly on the new water tank (1,450), insurance (610) and path repairs (380). The balance carried forward is 1,902. Members asked whether fees will rise; the committee proposes keeping them at 45 per full plot for one more year.

2. Waiting list. There are 17 people on the waiting list. Three plots have been neglected for more than a season; letters will be sent and, if there is no reply within 30 days, the plots will be offered to the list.

3. Water. The new tank worked well over the summer. Members are reminded that hoses are not allowed between 11:00 and 16:00 in July and August.

4. Events. The plant sale will move to the first Saturday in May. Volunteers are needed for the compost open day in June.

5. Any other business. A member raised concerns about rats near the compost bays. The committee will buy two more sealed bins and ask members not to add cooked food.

Next meeting: 7 March.""",
    """Hi team,

A quick update on the office move before the holidays. The new lease starts on 1 February, and the movers are booked for the weekend of 24-25 January. Please pack your desks by Friday 23 January; crates will be delivered on the 19th. Label every crate with your name and the new desk number, which you will find in the seating plan attached to the calendar invite.

IT will disconnect monitors and docks on the Friday afternoon, so plan to work from home that day. Laptops go home with you. On Monday 26 January the new office will be open from 8:00, with coffee and pastries in the kitchen on the third floor. Parking is limited: there are 12 spaces for 40 people, so we will run a rota; please tell Marta by 10 January if you need a space regularly.

The old office keys must be returned to reception by 30 January. If you have personal items in the storage room, collect them before the move, because anything left will be donated.

Thanks for your patience - it will be worth it.
Dana""",
    """Chapter draft - The Lighthouse Keeper's Daughter

The storm came in from the west just after supper, the way the old men in the harbour had said it would. Ina watched from the kitchen window as the first heavy drops hit the glass and the sea turned the colour of slate. Her father was already climbing the iron stairs with the oil can, counting the steps under his breath as he always did - ninety-one, ninety-two - and she knew that tonight he would not come down until morning.

She cleared the plates, banked the fire and took the lantern to check on the goats. The wind pulled at her coat and the rain came sideways, stinging her face. In the shed the animals stood pressed together, eyes shining in the lantern light. She counted them twice, because her father always did, and then she heard it: a bell, far out, where no bell should be.

She stood very still. The bell rang again, thin and uneven, carried on the wind, and then it was gone.""",
]
LONG_DOC_INSTR_EN = [
    "Can you summarise this in five bullet points?",
    "Please turn this into a short checklist of action items with owners where mentioned.",
    "Give me feedback on pacing and tone. Don't rewrite it, just comment.",
    "What are the three most important things here? Keep it short.",
    "Fix any grammar mistakes and tell me what you changed.",
]
