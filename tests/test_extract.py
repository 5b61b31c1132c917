"""The extractor on real articles and the question rules on sentences written for these tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quizgen
from quizgen.extractor.article import clean
from quizgen.model import cloze_text
from tests.conftest import EXAMPLE_ARTICLE

GOLDEN = [
    # subject
    ("Marie Curie discovered polonium in 1898.", "Marie Curie", "Who discovered polonium in 1898?"),
    # object, with do-support in the past tense
    ("Marie Curie discovered polonium in 1898.", "polonium",
     "What did Marie Curie discover in 1898?"),
    # date: a year is asked for as one, also out of a whole date
    ("Marie Curie discovered polonium in 1898.", "1898",
     "In what year did Marie Curie discover polonium?"),
    ("The village school closed on 3 July 1962 after a fire.", "1962",
     "In what year did the village school close after a fire?"),
    ("The village school closed on 3 July 1962 after a fire.", "3 July 1962",
     "When did the village school close after a fire?"),
    # what a comma splice hung on a name is no role of the person ("consist" is no job)
    ("The Grill Room was designed by Sir Edward Lane, the lower part of the walls consist of "
     "tiles.", "Sir Edward Lane", "Who designed the Grill Room?"),
    # the years in brackets after a name are a life's, not who the person is
    ("The idea came from the historian Tom Greer (1920–1999) in a paper.", "1920–1999",
     "When did Tom Greer live?"),
    # a number after a noun names it; a count of one still asks for many
    ("The bill then proceeds to Stage 2.", "Stage 2", "What does the bill then proceed to?"),
    ("The pupils must complete one course.", "one course",
     "How many courses must the pupils complete?"),
    # a pronoun that was the subject is the object now
    ("He was influenced by local traders.", "local traders", "Who influenced him?"),
    # a whole sentence as the answer: what the text says about what it is about
    ("The lighthouse keeper was never paid.", "The lighthouse keeper was never paid",
     "What does the text say about the lighthouse keeper?"),
    # (but a short question stays: it asks something)
    ("They were late for the meeting.", "the meeting", "What were they late for?"),
    # a name after "of" that says which town, case or role it is
    ("Ann Berg grew up in the neighbouring town of Fenwick.", "Fenwick",
     "In what neighbouring town did Ann Berg grow up?"),
    ("He played the role of Hamlet at the Globe.", "Hamlet", "What role did he play at the Globe?"),
    ("The website has reached the grand old age of 10.", "10", "What age has the website reached?"),
    # (but France is no capital)
    ("Paris is the capital of France.", "France", "What is Paris the capital of?"),
    # a second participle shares the first one's auxiliary and subject
    ("The museum was founded in 1852 and named after Queen Mary.", "Queen Mary",
     "Who was the museum named after?"),
    ("The bridge was designed by Anna Berg and built by Tom Hale.", "Tom Hale",
     "Who built the bridge?"),
    # out of a participle clause, asked of the main clause's subject
    ("The storm hit the coast, leaving 3,000 homes without power.", "3,000",
     "How many homes did the storm leave without power?"),
    ("The agency declared the rocket ready, cancelling the third unmanned test.",
     "the third unmanned test", "What did the agency cancel?"),
    # spans of time, and times told by what they came after
    ("The project ran from 1961 to 1972.", "1961 to 1972", "When did the project run?"),
    ("The council met after the flood.", "after the flood", "When did the council meet?"),
    ("The council met immediately after the flood.", "immediately after the flood",
     "When did the council meet?"),
    # a cause is asked with "why", wherever its phrase stands
    ("The match was cancelled because of heavy rain.", "heavy rain",
     "Why was the match cancelled?"),
    ("The valley sees very little snow due to its low altitude.", "its low altitude",
     "Why does the valley see very little snow?"),
    ("Due to its low altitude, the town has a very mild climate.", "low altitude",
     "Why does the town have a very mild climate?"),
    # (one of two causes is not why: "due to" moves whole, never "Due what …?")
    ("Due to its low altitude and sheltered bay, the town has a very mild climate.",
     "low altitude", "Due to what does the town have a very mild climate?"),
    # a name right after what it is: which one of those
    ("The Scottish painter Moray suggested that art was the highest form of labour.", "Moray",
     "Which Scottish painter suggested that art was the highest form of labour?"),
    ("The mayor praised the Dutch engineer Anna Visser for her work on the dam.",
     "Anna Visser", "Which Dutch engineer did the mayor praise for her work on the dam?"),
    # (but whose brother, only the article knows: not "Her brother who won the race?")
    ("Her brother Tom Hale won the race.", "Tom Hale", "Who won the race?"),
    # in the article's order where the parse crosses itself ("that" … "conform to")
    ("Called the Harbour Lights Society, the club will set basic rules that every boat made by "
     "the local yards will conform to.", "the club",
     "What will set basic rules that every boat made by the local yards will conform to?"),
    # a thing named like a person is no one ("Who is the first televised pantomime?")
    ("He played a king in the first televised pantomime, Jack Sprat, in 1938.", "Jack Sprat",
     "What is the first televised pantomime?"),
    # a place named after a person is no person ("Who did the army close …?")
    ("The army closed the new Imam Reza International Airport on its first day.",
     "Imam Reza International Airport", "What did the army close on its first day?"),
    ("Visitors flew into Tom Hale Airport on Monday.", "Tom Hale Airport",
     "What did visitors fly into on Monday?"),
    # a phrase hung on the verb's adverb stays with it
    ("The custom can be traced back to the old harvest fair.", "the old harvest fair",
     "What can the custom be traced back to?"),
    ("The family moved away from the coast in 1990.", "the coast",
     "What did the family move away from in 1990?"),
    # a part of an event moves whole
    ("The old guild dissolved in the aftermath of the great fire.", "the great fire",
     "In the aftermath of what did the old guild dissolve?"),
    ("The minister resigned in the wake of the scandal.", "the scandal",
     "In the wake of what did the minister resign?"),
    # a time inside a part of a time: the year is asked with its part, a day with "when"
    ("Profits at the bakery rose sharply at the end of 2004.", "2004",
     "At the end of what year did profits at the bakery rise sharply?"),
    ("The new tram line opened in the spring of 1998.", "1998",
     "In the spring of what year did the new tram line open?"),
    ("The first engine test began on the morning of 27 January 1967.", "27 January 1967",
     "When did the first engine test begin?"),
    # (but the century is no answer to "When …?")
    ("The museum moved to its new home at the turn of the century.", "the century",
     "The museum moved to its new home at the turn of what?"),
    # a count of what there is, with "there" after the verb
    ("There are 40 beds in the new ward.", "40", "How many beds are there in the new ward?"),
    ("There will be three new ferries on the route.", "three",
     "How many new ferries will there be on the route?"),
    # place, present tense with agreement
    ("The committee meets in Geneva every spring.", "Geneva",
     "Where does the committee meet every spring?"),
    # number counting a noun
    ("The farm employs 40 workers during the harvest.", "40",
     "How many workers does the farm employ during the harvest?"),
    # regression: a count written as a noun lost what it counts ("How many are … building?")
    ("The council planted hundreds of oak trees in the park.", "hundreds",
     "How many oak trees did the council plant in the park?"),
    # regression: a person named by their role was asked "What also said …?"
    ("The chief inspector also said recently that exams should go.", "The chief inspector",
     "Who also said recently that exams should go?"),
    # regression: "he" of a verb the tagger took for a present plural was asked "do Joss
    # Whedon produce"
    ("Joss Whedon wrote the film. But he did not give up and went on to write and executive "
     "produce seven seasons of the series.", "seven",
     "How many seasons of the series did Joss Whedon produce?"),
    # regression: "he" went to the last person the recogniser knew ("said producer Joel
    # Marsh"), not to "Lincoln", which it took for a company, though Ada Lincoln was named
    ("The comic's creator Ada Lincoln will direct the film. \"There is no one better,\" said "
     "producer Joel Marsh. Lincoln created the character in 1992. But she did not give up and "
     "went on to write seven books about her.", "seven",
     "How many books did Ada Lincoln go on to write about her?"),
    # a passive verb alone: what happened to its subject
    ("The old mill was demolished in 1998.", "demolished",
     "What happened to the old mill in 1998?"),
    ("The school will be rebuilt next year.", "rebuilt", "What will happen to the school next year?"),
    # the object of a purpose moves out of it
    ("Villagers gathered in the square to stop the demolition of the old mill.",
     "the demolition of the old mill", "What did villagers gather in the square to stop?"),
    # a share of a whole, in per cent or in words
    ("About 40% of the budget was spent on roads.", "About 40%",
     "What percentage of the budget was spent on roads?"),
    ("Half of the students passed the exam in June.", "Half",
     "What share of the students passed the exam in June?"),
    ("Verda owns 40% of Harlow Water (39.9%), while Tallis Bank owns 25%.", "40%",
     "What percentage of Harlow Water does Verda own?"),
    # regression: a per cent sign that ended the sentence was cut off ("a rise of 60?")
    ("The Harbour Trust wants a rent rise of 60%.", "The Harbour Trust",
     "Who wants a rent rise of 60%?"),
    # money
    ("The new library cost $12 million.", "$12 million", "How much did the new library cost?"),
    # a title in front of a name
    ("Chief Engineer Priya Natarajan designed the new dam.", "Priya Natarajan",
     "Who is the Chief Engineer?"),
    # a title that opened the sentence loses its capital, keeps its hyphen
    ("Former England fly-half Anna Kowalski has warned the coach.", "Anna Kowalski",
     "Who is the former England fly-half?"),
    # passive: the agent becomes the subject of an active question
    ("The bridge was opened by Queen Victoria in 1851.", "Queen Victoria",
     "Who opened the bridge in 1851?"),
    # reported speech keeps who said it
    ("Ana Lopez said the factory will close in March.", "March",
     "According to Ana Lopez, when will the factory close?"),
    # a preposition stays with its verb
    ("Priya Natarajan met with Mayor Tom Hale in Leeds.", "Tom Hale",
     "Who did Priya Natarajan meet with in Leeds?"),
    # an infinitive's object moves to the front
    ("The council decided to build a new bridge.", "a new bridge",
     "What did the council decide to build?"),
    # a length of time is asked with "How long"
    ("The Harbour Trust spent three years restoring the tower.", "three years",
     "How long did the Harbour Trust spend restoring the tower?"),
    # a participle describing a noun becomes a passive question
    ("Visitors admired the tower, built in 1874 by Thomas Avery.", "1874",
     "When was the tower built by Thomas Avery?"),
    ("Visitors admired the tower, built in 1874 by Thomas Avery.", "Thomas Avery",
     "Who built the tower in 1874?"),
    # a fronted phrase moves whole
    ("Under the new rules, the council banned cars from the centre.", "the new rules",
     "Under what did the council ban cars from the centre?"),
    # a relative clause is asked of the noun its `which` stands for
    ("Farmers grow rice, which needs a lot of water.", "a lot of water",
     "What does rice need?"),
    # an adverbial clause that states a fact is a clause of its own
    ("Because the river flooded the valley, the farmers moved to Leeds.", "the valley",
     "What did the river flood?"),
    # a condition is no fact: nothing moves out of it
    ("If the council approves the plan, the bridge will open in 2030.", "the plan",
     "The council approves what?"),
    # a count asks for its own noun, not for the list it is in
    ("The town has about 30,000 residents and nearly 40 schools.", "30,000",
     "How many residents does the town have?"),
    # a distance is asked with "How far", a measure with "How much"
    ("Visitors can walk the towpath for 18 miles.", "18 miles",
     "How far can visitors walk the towpath?"),
    ("The tank holds 40 litres of water.", "40 litres", "How much does the tank hold?"),
    # a deadline keeps its preposition
    ("Nearly all of the colonies gained independence by 1960.", "1960",
     "By when did nearly all of the colonies gain independence?"),
    # a whole phrase with its preposition: time, place, manner
    ("The school opened a new library in 1998 for its pupils.", "In 1998",
     "When did the school open a new library for its pupils?"),
    ("Most new laws are first debated in the finance committee.", "in the finance committee",
     "Where are most new laws first debated?"),
    ("The shortage was eased by rationing bread.", "by rationing bread",
     "How was the shortage eased?"),
    # a whole adverbial clause: its cause, time or condition
    ("The farmers left the valley because the river flooded.", "because the river flooded",
     "Why did the farmers leave the valley?"),
    ("The mill closed when the war ended.", "when the war ended", "When did the mill close?"),
    # a verb phrase: what someone did, or said
    ("In 1820 the settlers built a stone bridge over the river.", "built a stone bridge",
     "What did the settlers do over the river?"),
    ("The mayor said the market would reopen in May.", "the market would reopen in May",
     "What did the mayor say?"),
    # a description set off by commas
    ("Lena Fischer, a marine biologist, counted the seals.", "a marine biologist",
     "Who is Lena Fischer?"),
    # a description after "the N of NAME," describes the name, not the N
    ("Readers see the war through the eyes of Anna Berg, the young nurse who tells the story.",
     "young nurse", "Who is Anna Berg?"),
    ("Fans queued outside the head office of Norbury, the country's biggest carmaker.",
     "country's biggest carmaker", "What is Norbury?"),
    # a margin after "by" is no length of time or distance
    ("The young Kenyan beat Tom Hale by four minutes.", "four minutes",
     "By how many minutes did the young Kenyan beat Tom Hale?"),
    # "also" does not end a question whose answer it stood before
    ("The mayor of Harrogate is also the owner of the football club.",
     "owner of the football club", "What is the mayor of Harrogate?"),
    # "it" in what a spokesman says is the body he speaks for, never him
    ("A Norbury spokesman said it might soon try to remove chairman Tom Hale.", "Tom Hale",
     "According to a Norbury spokesman, who might Norbury soon try to remove?"),
    ("The club spokesman said it would appeal against the fine.", "the fine",
     "According to the club spokesman, what would it appeal against?"),
    # a time after "from" is asked "from when"
    ("Average monthly rents fell 2% in June to 495 pounds from May.", "May",
     "Average monthly rents fell 2% in June to 495 pounds from when?"),
    # a shortened question keeps "of …" after "a N" and the second "as" of "as … as"
    (("The old pier was reopened with a flurry of excitement in May 2003 in a bid to halt a "
      "steady fall in visitor numbers."), "May 2003",
     "When was the old pier reopened with a flurry of excitement?"),
    # an age in apposition to a person
    ("Mr Okafor, 66, was arrested in December.", "66", "How old is Mr Okafor?"),
    # regression: the age of the first of two people asked with the second in the name
    ("Sergei Ivanov, 31, and Ana Ruiz, 30, had been accused of missing two tests in Lisbon.",
     "31", "How old is Sergei Ivanov?"),
    # a name in apposition to a common noun is asked with "which"
    ("One rare beetle, the Ashford weevil, has been found in the old orchard.",
     "the Ashford weevil", "Which beetle has been found in the old orchard?"),
    # regression: a past tense the tagger took for a participle made no question at all
    ("Dr. Maria Lopes, already a trained nurse, assisted the surgeon.", "Dr. Maria Lopes",
     "Who assisted the surgeon?"),
    # out of a phrase inside the object, the preposition stays
    ("The minister gave a speech praising the old harbour.",
     "the old harbour", "What did the minister give a speech praising?"),
    # "it" in what someone announced is the one who announced it; no "According to" then
    ("The water company has announced it is building a new reservoir in Wales.", "Wales",
     "Where is the water company building a new reservoir?"),
    # regression: a name followed by a dash and a description was read as one long name
    ("Fund manager Anna Berg - the largest investor in the firm - said she would only invest "
     "more money in the company.", "the company", "What would Anna Berg only invest more money in?"),
    # regression: a participle after its noun, read by the parser as a side clause, was cut
    ("Paula Radcliffe has called for all athletes found guilty of doping to be banned for life.",
     "Paula Radcliffe",
     "Who has called for all athletes found guilty of doping to be banned for life?"),
    # a side clause inside what was said is left out: "…, saying …"
    ("Anna Berg said the firm kept its plans for Leeds, saying the city was the right place.",
     "Anna Berg", "Who said the firm kept its plans for Leeds?"),
    # asked about a sentence alone, a pronoun nobody named before stays
    ("He recruited Dr. George E. Mueller for a high management job.", "Dr. George E. Mueller",
     "Who did he recruit for a high management job?"),
    # regression: "did a fine job" was asked "What did X do?" with "fine job" for its answer
    ("The new pumps did a fine job of draining the field.", "a fine job",
     "The new pumps did what of draining the field?"),
    # a pronoun subject is resolved to the person named before it
    ("Tom Hale opened the school. He thanked the builders in a short speech.", "the builders",
     "What did Tom Hale thank in a short speech?"),
    # regression: a song the recogniser took for a person was asked "Who did … write?"
    ("Folk singer Nora Quill wrote Ring of Fire with Tom Reddy in 1962.", "Ring of Fire",
     "What did folk singer Nora Quill write with Tom Reddy in 1962?"),
    # regression: the amount in other units, in brackets, was asked "(how much" with no ")"
    ("The old ferry weighed about 9,000 pounds (4,080 kg) when it was launched.", "4,080 kg",
     "How much did the old ferry weigh?"),
    # regression: a word in front of a noun was asked "a large who population"
    ("The town is home to a large student population with two colleges.", "student",
     "What type of population is the town home to?"),
    # regression: a number of days was asked "when days"
    ("The council must choose a new mayor within 30 days.", "30",
     "How many days must the council choose a new mayor within?"),
    # regression: a century in front of a noun was asked "the how long chapel"
    ("Builders restored the late 15th-century chapel near the harbour.", "late 15th-century",
     "Builders restored what chapel near the harbour?"),
    # a number of some of a group: not "How many broke down?"
    ("Three of the new buses broke down on Monday.", "Three",
     "How many of the new buses broke down on Monday?"),
    # regression: a network the recogniser took for a person was asked "Who is … network?",
    # and its description lost its hyphen
    ("As well as being a popular title, Sky Quest can be connected to Harbor's "
     "subscription-based broadband network, Lena Live.", "Lena Live",
     "What is Harbor's subscription-based broadband network?"),
    # regressions, from reading BBC banks: "who's shot", "How many couples broadcasts",
    # "When were More than 5.2 million Germans …"
    ("Keeper Tom Hale kept the score level by pushing Sam Reid's shot wide.", "Sam Reid",
     "Keeper Tom Hale kept the score level by pushing whose shot wide?"),
    ("One family runs the bakery, the oldest shop in the village.", "One",
     "How many families run the bakery?"),
    ("More than 300 pupils were sent home in March.", "March",
     "When were more than 300 pupils sent home?"),
    # regressions, from reading BBC banks: a share asked "What said …?", and a wh-word moved
    # out of "how to check …"
    ("Almost 70% of those asked in a poll said that the banks are not doing enough.", "70%",
     "What percentage of those asked in a poll said that the banks are not doing enough?"),
    ("The survey found that 43% were not willing to share their address online.", "43%",
     "What percentage were not willing to share their address online?"),
    ("One of the hardest tasks for the bank is how to check a customer's identity.", "identity",
     "One of the hardest tasks for the bank is how to check a customer's what?"),
    # regressions, from reading BBC banks: "When have … lost $4? Five days", "What delivered
    # …? The 24-year-old", "… not limited to however?"
    ("Light crude oil futures have now lost $4 in five days.", "five days",
     "In how many days have light crude oil futures now lost $4?"),
    ("The 24-year-old delivered a personal best of 6.50m on Saturday.", "24-year-old",
     "Who delivered a personal best of 6.50m on Saturday?"),
    ("The problem of piracy is not limited to China, however.", "China",
     "What is the problem of piracy not limited to?"),
    # regression: "its first week" was asked "In how many weeks …?", and "$80m" lost its "m"
    ("The film has raked in $80m in its first week in the shops.", "first week",
     "When has the film raked in $80m?"),
    # regressions, from reading the seed article's bank: "What have relations … become
    # strained in recent years amid?", "What do councils need to do more to ease and pave …?"
    ("Relations between the two towns have become strained in recent years amid growing "
     "disputes over water.", "growing disputes",
     "Amid what have relations between the two towns become strained in recent years?"),
    ("Councils need to do more to ease the housing crisis and pave the way for new homes.",
     "the housing crisis",
     "Councils need to do more to ease what and pave the way for new homes?"),
    # regression, from reading BBC banks: "What said …? Three-quarters"
    ("Three-quarters said the minister was right to go to court.", "Three-quarters",
     "What share said the minister was right to go to court?"),
    # a word tying the sentence to the one before is left out
    ("However, online versions of the game, where players meet the neighbours, could be "
     "adapted to help.", "neighbours",
     "Online versions of the game, where players meet what, could be adapted to help?"),
    # regression, from reading BBC banks: an aside after a dash was cut to "… more cash -
    # something?"
    ("The council says capping fees would mean taxpayers giving schools more cash - something "
     "which would first have to be acceptable to voters.", "The council",
     "What says capping fees would mean taxpayers giving schools more cash?"),
    # regression, from reading BBC banks: "When could … miss the rest …? The season"
    ("Left-back Sam Reid could miss the rest of the season with a broken ankle.", "season",
     "What could left-back Sam Reid miss the rest of with a broken ankle?"),
    # regression, from reading BBC banks: "Who is the bath and England centre?"
    ("Bath and England centre Tom Hale is aiming to earn a place on the tour. Hale joined Bath "
     "in 2001.", "Tom Hale", "Who is the Bath and England centre?"),
    # regression, from reading BBC banks: a share inside dashes was asked "What share of does
    # consumer spending drive?"
    ("Figures showed consumer spending - which drives two thirds of the economy - grew just "
     "1%.", "two thirds", "What share of the economy does consumer spending drive?"),
    # people named by what they do are asked with who
    ("Russian prosecutors are forcing the sale of the oil firm.", "Russian prosecutors",
     "Who is forcing the sale of the oil firm?"),
    # regression: a relative clause the parser hung on "said" lost its "of which" and stayed
    ("Ms Dale said there was clear evidence of errors in the records, the vast majority of "
     "which were caused by simple typing mistakes.", "Dale",
     "Who said there was clear evidence of errors in the records?"),
    # regression: a common noun for a place was asked "What did … build a castle in in 1820?"
    ("The wicked queen built a castle of glass in the north in 1820.", "the north",
     "Where did the wicked queen build a castle of glass in 1820?"),
    ("Most of the new jobs were created in the capital.", "the capital",
     "Where were most of the new jobs created?"),
    # regression, from reading BBC banks: "What do macsn't offer the upgrade flexibility of?"
    ("Tablets don't offer the flexibility of a laptop and their screens lack the space for "
     "tasks such as video editing.", "a laptop", "What don't tablets offer the flexibility of?"),
    # regression, from reading BBC banks: an apposition the parser hung on the verb stayed
    ("The case will also have a major impact on Britain's sole cider producer, Somerset "
     "company Orchard Pressings Ciders.", "Britain's sole cider producer",
     "Who will the case also have a major impact on?"),
    # regression: "What do machines cost only £399 (including)?"
    # regression, from reading BBC banks: "Who have criticised …?" of "… have been criticised
    # by Mr Bell"
    ("Badly-taught science lessons have previously been criticised by Mr Bell.", "Mr Bell",
     "Who has criticised badly-taught science lessons?"),
    ("Tablets cost only £299 (including VAT) in most shops.", "VAT",
     "Tablets cost only £299 (including what) in most shops?"),
    # regression, from reading BBC banks: "Who is Johnny Cash? — Saul Israel Holiff" of "The
    # former manager of Johnny Cash, Saul Israel Holiff, …", and "When has … died? — age of 79"
    ("The former manager of Johnny Rook, Saul Israel Holiff, has died at the age of 79, his "
     "family said.", "Saul Israel Holiff", "Who is the former manager of Johnny Rook?"),
    ("The long-time manager of singer Tom Reed, Paul Amis, died in hospital on Monday.",
     "Paul Amis", "Who is the long-time manager of singer Tom Reed?"),
    ("The former coach of Anna Berg, Tomas Lind, has died at the age of 81, his family said.",
     "the age of 81",
     "According to his family, at what age has the former coach of Anna Berg died?"),
    # regression, from reading BBC banks: "Who is US Immigration Customs and Enforcement?"
    ("A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said the group did "
     "not appear to be motivated by money.", "Dean Boyd",
     "Which spokesman said the group did not appear to be motivated by money?"),
    # regression, from reading BBC banks: "Who lied has no qualms about lying …?"
    ("Tony Blair lied when he took the UK to war so has no qualms about lying in the "
     "election campaign, say the Tories.", "Tony Blair", "According to the Tories, who lied?"),
    # regression, from reading BBC banks: a post is no person ("Who has … been made …?")
    ("British film director Sir Alan Parker has been made an officer in the Order of Arts "
     "and Letters.", "officer",
     "What has British film director Sir Alan Parker been made in the Order of Arts and "
     "Letters?"),
    # regression, from reading BBC banks: "What has been struggling …, for instance?"
    ("LG Card, for instance, has been struggling to avoid bankruptcy for months.", "LG Card",
     "What has been struggling to avoid bankruptcy for months?"),
    # regression, from reading BBC banks: "According to arsenal vice, …?" (the parser split
    # the speaker's name into three subjects), then "According to chairman David Dein" (he is
    # the vice-chairman)
    ("Leeds vice-chairman Tom Hale has said the club may consider seeking a full listing for "
     "its shares on the stock exchange.", "a full listing",
     "According to vice-chairman Tom Hale, what may the club consider seeking?"),
    # regression, from scanning BBC banks: "What will the ceremony be televised on on
    # Thursday?"
    ("The ceremony will be televised on ITV1 on Thursday.", "ITV1",
     "On what will the ceremony be televised on Thursday?"),
    # regression, from scanning BBC banks: "Who did the drama bring international attention?"
    ("The mayor gave the school a new library in 2004.", "the school",
     "What did the mayor give a new library to in 2004?"),
    # regression, from reading BBC banks: "How many did the KSE index close at? — 6709.93"
    ("The share index closed at 6709.93 on Friday.", "6709.93",
     "What did the share index close at on Friday?"),
    # regression, from reading BBC banks: a city the recogniser took for a person
    ("Their only other league title came four years ago in Valencia, when they beat Sevilla.",
     "Valencia", "Where did their only other league title come four years ago?"),
    # regressions, from reading BBC banks: a participle after its noun is a passive ("When did
    # figures release?"), done at a time in the past
    ("Figures published last week showed sales at a record high.", "last week",
     "When were figures published?"),
    ("The bridge, opened last May, carries the main road.", "last May",
     "When was the bridge opened?"),
    # a bare noun's phrase right after the verb is no side part ("When will … go?")
    ("The new presenter will go on air in the late slot every Friday, with a sports show on "
     "Mondays and a quiz on Tuesdays.", "every Friday", "When will the new presenter go on air?"),
    # a name in apposition to a thing names that thing, not the noun the thing is "of"
    ("It suited the purpose of Mr Reed's union, the Teachers Guild, to suggest there were two "
     "plans.", "the Teachers Guild", "What is Mr Reed's union?"),
    # no person's name has a digit in it; a number with a leading zero counts nothing
    ("The spy was judged too brutal for MI6 after the mission.", "MI6",
     "What was the spy judged too brutal for after the mission?"),
    ("Fans of the 007 films queued outside the cinema.", "007",
     "Fans of what films queued outside the cinema?"),
    # a time after which something happened is no length of time ("How long did … leave …?")
    ("Sam Reed left the radio station this year after 17 years.", "17 years",
     "After how many years did Sam Reed leave the radio station this year?"),
    # a body that speaks or finds is asked with "who" ("What said …?")
    ("Labour said the railway was at the heart of its plan.", "Labour",
     "Who said the railway was at the heart of its plan?"),
    # a second clause the parser read as a second thing found is no part of the question
    ("The Audit Office found the whole rail funding system was \"fundamentally flawed\" and all "
     "three of the main unions have said the system has to change.", "Audit Office",
     "Who found the whole rail funding system was fundamentally flawed?"),
    # a name the parser added to a list is the subject of the verb after it ("Who was its
    # best performer … at the National Theatre and Christopher Oram?")
    ("Ann Lee was its best comic performer for Twelfth Night at the Leeds Playhouse and Tom "
     "Hale won the design award for Summer Nights.", "Ann Lee",
     "Who was its best comic performer for Twelfth Night at the Leeds Playhouse?"),
    # a party in the plural is its people; nothing moves out of one of two joined actions
    ("The Social Democrats want to scrap the road tax and switch to a fuel levy.",
     "Social Democrats", "Who wants to scrap the road tax and switch to a fuel levy?"),
    ("The Liberal Democrats want to do away with the council tax altogether and switch to a "
     "local income tax.", "the council tax", "The Liberal Democrats want to do away with what "
     "altogether and switch to a local income tax?"),
    # a county in apposition to a place says where it is ("Who is RAF Fairford? — Glos")
    ("Police turned the protestors away near RAF Fairford, Glos, in 2003.", "Glos",
     "Where is RAF Fairford?"),
    # a participle done in a year was done then, whatever the main verb's tense
    ("The band, formed in Essex in 1990, will also play at Weston Park.", "Essex",
     "Where was the band formed in 1990?"),
    # a number joined to a name by a hyphen counts nothing ("How many Kings hop …?"); a unit
    # glued to its number is no thing counted ("How many did … run …? — 400m")
    ("Four-Kings hopes the open qualifiers will turn up gamers good enough to beat all comers.",
     "Four-Kings", "Who hopes the open qualifiers will turn up gamers good enough to beat all "
     "comers?"),
    ("Teenager Ann Lee ran the third fastest indoor 400m of all time at the Leeds meeting.",
     "400m", "How far did teenager Ann Lee run of all time at the Leeds meeting?"),
    # the dictionary form from lemminflect where spaCy's rules guess wrong ("Russia hop")
    ("Russia hopes to finally become a member by early 2006.", "early 2006",
     "By when does Russia hope to finally become a member?"),
    # a name after "Mr" is someone, whatever the recogniser says ("what refused …?")
    ("Ms Lane claims that Mr Ebbers refused to stop the fraud.", "Mr Ebbers",
     "According to Ms Lane, who refused to stop the fraud?"),
    # a bare number after "at" is a level, no count ("How many did the index close at?")
    ("The share index closed at 6709 on Friday.", "6709",
     "What did the share index close at on Friday?"),
    # a country after a place says where the place is ("What is the hippy resort of Goa?")
    ("Edwards was last seen in the hippy resort of Goa, India, in 1995.", "India",
     "Where is Goa?"),
    # a name after a kind of work names a work ("Who was self-financed?")
    ("Their first single, Suicide Alley, was self-financed.", "Suicide Alley",
     "What was self-financed?"),
    # a full stop after a name with "&" ends the sentence, and the name keeps its letters
    ("The new firm is now the second-biggest phone company after AT&T.", "The new firm",
     "What is now the second-biggest phone company after AT&T?"),
    # a name after "a" is a thing's ("Who … driving earlier? — Vauxhall Corsa")
    ("The suspect is believed to have been driving a Vauxhall Corsa earlier.", "Vauxhall Corsa",
     "What is the suspect believed to have been driving earlier?"),
    # a hyphened word stays whole ("… as director and vice?")
    ("Ann Lee has stepped down as director and vice-chairman of the firm.", "Ann Lee",
     "Who has stepped down as director and vice-chairman of the firm?"),
    # an aside's commas go with it ("Who said that the film, would …?")
    ("Ann Lee said that the film, directed by Tom Hale, would put her two decades of fame "
     "into context.", "Ann Lee",
     "Who said that the film would put her two decades of fame into context?"),
    # a past tense the tagger read as a present ("When does exports … leap …?")
    ("Exports from China leapt during 2004 over the previous year as the country continued to "
     "show breakneck growth.", "2004", "When did exports from China leap over the previous "
     "year?"),
    # an object before what is believed is its subject ("Who does not believe abortion?")
    ("Tony Blair does not believe abortion should be an election issue.", "Tony Blair",
     "Who does not believe abortion should be an election issue?"),
    # a third of something is a share of it ("how many of all new PCs …? — More than a third")
    ("More than a third of all new PCs will be in these markets, the report said.",
     "More than a third",
     "According to the report, what share of all new PCs will be in these markets?"),
    # what was announced keeps its own infinitive
    ("Webb announced Mueller's appointment as deputy in July to replace Holmes.", "July",
     "When did Webb announce Mueller's appointment as deputy to replace Holmes?"),
    # a hyphened word stays whole in a participle's noun ("the low budget film")
    ("The low-budget film, directed by Nora Hale, is about a lost dog.", "Nora Hale",
     "Who directed the low-budget film?"),
    # no comma left of an aside that went with the answer ("Who did Google acquire, in …?")
    ("Acme bought Tova Mills, makers of fine paper, in 2001.", "Tova Mills",
     "Who did Acme buy in 2001?"),
    # a year the recogniser took for a count; an aside of the doer stays out of the question
    ("The village is named for the tower raised in 1080 by Tom Hale, the king's son.", "1080",
     "When was the tower raised by Tom Hale?"),
    # a count out of a whole keeps its whole ("How many have played …?" said nothing of it)
    ("Nine out of 10 club members have played the game for an hour a week.", "Nine",
     "How many out of 10 club members have played the game for an hour a week?"),
    # regression: a time between the subject and its verb stayed there ("What this week
    # warned …?")
    ("With the vote close, angry Tory MPs this week warned Mr Hale of the risk of a split.",
     "angry Tory MPs", "Who warned Mr Hale of the risk of a split this week?"),
    # a word that says what kind a thing is, asked with the thing, not in place ("The town has
    # a mild what climate?")
    ("The town has a mild maritime climate with wet winters.", "maritime",
     "What type of climate does the town have?"),
    ("By 1450 the port had become a busy centre for the silk trade.", "silk",
     "What type of trade had the port become a busy centre for?"),
    # and a plural thing keeps its plural verb ("What type of markets is …?")
    ("The busiest suburban markets are Alton and Brede.", "suburban",
     "What type of markets are Alton and Brede?"),
    # a time said with its adverbs ("as far back as 1996") is asked for whole
    ("The ferry service last ran without a subsidy as far back as 1996.", "1996",
     "When did the ferry service last run without a subsidy?"),
    ("The mill was first mentioned as early as 1120.", "1120",
     "When was the mill first mentioned?"),
    # but not where "be" says it: "could be as far away as 2012" is no "When could … be?"
    ("A working prototype could be as far away as 2031.", "2031",
     "What could a working prototype be as far away as?"),
    # a number glued to a letter names a kind of thing ("3G networks"), counts nothing
    ("The town will get fast 4G networks next year.", "fast 4G networks",
     "What will the town get next year?"),
    # where someone came from
    ("The new coach has only just come over from Kenya.", "Kenya",
     "Where has the new coach only just come over from?"),
    # a first name and a word the recogniser took for a place
    ("Agnes Morrow, who finished second, is in fine form this season.", "Agnes Morrow",
     "Who is in fine form this season?"),
    # a "do" that stresses the verb goes in a question for the subject, its tense with it
    ("The ferry firm, however, does run a night boat to the island.", "The ferry firm",
     "What runs a night boat to the island?"),
    ("The old council did approve the plan last year.", "The old council",
     "What approved the plan last year?"),
    # a second subject whose verb is left out goes with its phrase
    (("The critics' award went to Harbourlights, and the Ferry Prize to Ann Lee for her film "
      "Tides."), "Harbourlights", "Who did the critics' award go to?"),
    # a group one is put in is no one ("Who has … been recalled to?"), but people given
    # something are
    ("The keeper has been recalled to the training squad for the final.", "training squad",
     "What has the keeper been recalled to for the final?"),
    ("The prize went to the crew of the lifeboat.", "crew of the lifeboat",
     "Who did the prize go to?"),
    # where a thing is put is kept when a long question is pruned
    (("Before the final, the coach had said that a victory against the Welsh champions would "
      "put Ashby firmly on the national rugby map."), "the coach",
     "Who had said that a victory would put Ashby on the national rugby map?"),
    # an aside between commas is not left hanging at the end ("…, just days after?")
    ("The new mayor, Ines Ward, is to speak, just days after her election, at the old hall.",
     "election", "The new mayor is to speak, just days after her what, at the old hall?"),
    # believers of a faith, as a nation's people, are asked for with "who"
    ("Hindus are planning a silent walk through the square on Sunday.", "Hindus",
     "Who is planning a silent walk through the square on Sunday?"),
    # where something is based, whatever the recogniser took the place for
    ("The Hollin Road club trains twice a week and is based in Kelso Vale, near the river.",
     "Kelso Vale", "Where is the Hollin Road club based?"),
    # an answer deeper than the rules reach is moved out, not asked in place
    ("The salt pans are similar to a shallow lake.", "shallow lake",
     "What are the salt pans similar to?"),
    ("The early trials led to the invention of a separate boiler.", "boiler",
     "What did the early trials lead to the invention of?"),
    ("A tunnel leads from the museum to the Harbour Street tube station.", "Harbour Street",
     "What tube station does a tunnel lead from the museum to?"),
    # what an "including" phrase names is part of the clause's fact, not moved out of it
    ("The young winger scored 21 points, including three tries, to keep the title race alive.",
     "three", "The young winger scored 21 points, including how many tries?"),
    # "another …" says which one only with the article before it: what the person did
    ("Another county champion, Jo Pike, finished fourth in the race.", "Jo Pike",
     "Who finished fourth in the race?"),
    # a hyphened length before a unit says a kind of it, no length
    ("Ms Kerr is a keen supporter of the four-day week.", "four-day week",
     "What is Ms Kerr a keen supporter of?"),
    # a phrase between the subject and the verb moves whole
    ("Ms Lee, alongside her brother Tom, also opened the new gallery in Leeds.",
     "her brother Tom", "Alongside whom did Ms Lee also open the new gallery in Leeds?"),
    # (but one that describes the subject stays there)
    ("The quiz, now in its fourth series, returns on Friday night.", "fourth series",
     "The quiz, now in its what, returns on Friday night?"),
    # a relative clause after a list is about all of it
    ("Ann, Tom, Sam and Joe Hale, who formed the band at school in 1997, begin a tour on Monday.",
     "1997", "In what year did Ann, Tom, Sam and Joe Hale form the band at school?"),
    # a plural's present tense that the tagger took for a bare verb still carries the question
    ("The big tanks, which stand behind the old mill, hold rainwater.", "rainwater",
     "What do the big tanks hold?"),
    # an adjective of the sentence that the parse joined to a title is no part of it
    (("Latest figures show that growth is still proving elusive and Ifa president Tom Hale said "
      "any improvement in demand was sluggish."), "Tom Hale",
     "Who said any improvement in demand was sluggish?"),
    # a place after a building says where it is
    ("The lunch will take place at the Harbour Hilton hotel, Los Angeles.", "Los Angeles",
     "Where is the Harbour Hilton hotel?"),
    # how often, not when
    ("The parish council meets twice a month in the old school hall.", "twice a month",
     "How often does the parish council meet in the old school hall?"),
    ("The river fair is held every four years.", "every four years",
     "How often is the river fair held?"),
    # a participle after "X of Y," may describe either: no question says which
    ("Tom Hale starred in Harbour Lights as the husband of Grace, played by Ann Lee.",
     "Ann Lee", "Tom Hale starred in Harbour Lights as the husband of Grace, played by whom?"),
    # "those" keeps the clause that says who they are
    (("Ms Kerr said on Friday night that the district council should now seriously consider "
      "rehousing those who had lost their homes in the winter floods."), "Ms Kerr",
     ("Who said that the district council should consider rehousing those who had lost their "
      "homes?")),
    # a clause after "whilst" is a fact of its own, as after "while"
    ("The old mill makes paper, whilst the new plant produces cardboard boxes.",
     "cardboard boxes", "What does the new plant produce?"),
]


@pytest.mark.parametrize("context, answer, expected", GOLDEN)
def test_ask_forms_the_expected_question(nlp, context, answer, expected):
    assert quizgen.ask(context, answer, nlp=nlp) == expected


def test_ask_finds_the_answer_as_whole_words(nlp):
    """Regression: "one" was found inside "someone" and asked about the wrong sentence."""
    context = "Someone rang the bell. The school has one hall for assemblies."
    assert quizgen.ask(context, "one", nlp=nlp) == (
        "How many halls for assemblies does the school have?")


def test_ask_refuses_an_answer_that_is_not_in_the_context(nlp):
    with pytest.raises(quizgen.QuizgenError, match="is not in the context"):
        quizgen.ask("The river is wide.", "mountain", nlp=nlp)


def test_cleanup_drops_credits_and_bylines_and_keeps_line_numbers():
    text = ("A headline without a full stop\n"
            "By Jo Smith\n"
            "\n"
            "A caption of the photo. | Sam Lee | Agency Photos\n"
            "The council met on Tuesday to approve the the budgetThursday plans.\n"
            "A sentence that was broken\n"
            "across two lines ends here.\n")
    article = clean(text)
    assert article.title == "A headline without a full stop"
    assert [p.text for p in article.paragraphs] == [
        "The council met on Tuesday to approve the budget Thursday plans.",
        "A sentence that was broken across two lines ends here.",
    ]
    assert [p.line for p in article.paragraphs] == [5, 6]
    second = article.paragraphs[1]
    assert second.line_at(second.text.index("across")) == 7


def test_cleanup_keeps_the_first_line_of_a_hard_wrapped_story_and_joins_its_sentences():
    """Regression, from MCTest's wrapped stories: a first line cut off in mid-sentence was
    taken for the headline (its characters were lost), and a sentence broken before a name
    became two paragraphs."""
    text = ("Two otters named Pim and Sula lived under the mill. Every morning Pim\n"
            "swam to the weir and Sula waited on the bank for her brother. One day\n"
            "the water rose and the weir was gone. The otters moved to the pond by\n"
            "Greyfield farm, where the heron Old Tam taught them to catch eels there.\n")
    article = clean(text)
    assert article.title is None
    assert [p.text for p in article.paragraphs] == [" ".join(text.split())]
    assert article.paragraphs[0].line_at(article.paragraphs[0].text.index("Greyfield")) == 4
    titled = clean("Otters return to the mill\n" + text)
    assert titled.title == "Otters return to the mill" and len(titled.paragraphs) == 1


def test_cleanup_drops_the_readers_comments_after_a_report():
    """Regression, from reading BBC banks: the readers' comments printed after a report (a
    reader's favourite phone, a reader's complaint) were asked about as news."""
    report = ["The harbour board has voted to close the old ferry pier in March.",
              "The pier, built in 1891, needs repairs that would cost £4m, the board said.",
              '"We have no choice," said board chairman Ann Lee.',
              "The ferry will move to the new terminal at Kelso Point."]
    comments = ["What a shame! I took that ferry every summer as a child.",
                "Typical. They never spend money on anything that matters to me.",
                "Why not ask the people of the town before deciding?",
                "I think the new terminal is better anyway.",
                "The old pier is part of our history and should be saved!"]
    article = clean("\n\n".join(report + comments))
    assert [p.text for p in article.paragraphs] == report
    # a report alone, and a story told in the first person, keep every paragraph
    story = ["I woke up early on Saturday.", "My dog Rex was already at the door!",
             "We walked to the park by the river.", "Rex chased a duck into the water!",
             "I laughed so hard that I fell over.", "Then we went home for breakfast."]
    assert len(clean("\n\n".join(story)).paragraphs) == len(story)
    assert len(clean("\n\n".join(report)).paragraphs) == len(report)


def test_cleanup_parts_a_small_word_glued_to_a_number():
    """Regression, from reading BBC banks: "The speeds offered by3G mobile …" gave the clozes
    "{{c1::by3}}" and "{{c1::G mobile}}"."""
    article = clean("Early kites\n\nThe kites sold in2004 were made by3D printers.\n")
    assert article.paragraphs[0].text == "The kites sold in 2004 were made by 3D printers."


def test_cleanup_drops_the_marker_of_a_list_item_and_keeps_a_minus_sign():
    """Regression, from reading BBC banks: "What do - Licensees or employers fail to
    enforce?" of a list item "- Licensees or employers who fail to enforce the law …"."""
    article = clean("The rules are:\n - Licensees who break the rules will be fined\n"
                    "• Staff must leave the building\n-3 degrees is cold for the harbour.\n")
    assert [p.text for p in article.paragraphs] == [
        "The rules are:", "Licensees who break the rules will be fined",
        "Staff must leave the building", "-3 degrees is cold for the harbour."]
    assert [p.line for p in article.paragraphs] == [1, 2, 3, 4]


def _answers(text: str, nlp, per_100_words: float) -> list[str]:
    """The answers of the bank made of ``text``, in rank order."""
    return [q.answer for q in quizgen.extract(text, "article.txt", nlp=nlp,
                                              per_100_words=per_100_words).questions]


def _questions(text: str, nlp, per_100_words: float) -> list:
    """The questions of the bank made of ``text``, which must have some."""
    questions = quizgen.extract(text, "article.txt", nlp=nlp,
                                per_100_words=per_100_words).questions
    assert questions
    return list(questions)


def _check_bank_properties(bank, article_text):
    lines = article_text.splitlines()
    assert bank.questions, "no questions"
    for q in bank.questions:
        assert len(q.question.split()) <= 30, q.question
        if q.type == "cloze":
            deletions = re.findall(r"\{\{c\d+::(.*?)\}\}", q.question)
            assert deletions == [q.answer], q.question
        elif q.type == "mcq":
            assert len(set(q.choices)) == 4 and q.answer in q.choices, q.choices
        elif q.type == "truefalse":
            assert q.answer in ("true", "false")
        else:
            assert q.answer.lower() not in q.question.lower(), q.question
        # every answer is a span of its source sentence, and the sentence is on its line
        assert q.type == "truefalse" or q.answer in q.sentence, (q.answer, q.sentence)
        first_words = " ".join(q.sentence.split()[:3]).replace('"', "")
        assert first_words.split()[0] in lines[q.line - 1], (q.line, q.sentence)
    assert [q.score for q in bank.questions] == sorted((q.score for q in bank.questions),
                                                        reverse=True)
    # the right option's place is spread evenly over A–D
    places = Counter(q.choices.index(q.answer) for q in bank.questions if q.type == "mcq")
    assert max(places.values(), default=0) - min(places.get(i, 0) for i in range(4)) <= 1
    keys = [(q.sentence, q.answer.lower()) for q in bank.questions]
    assert len(keys) == len(set(keys)), "the same answer from the same sentence twice"
    assert len({q.question for q in bank.questions}) == len(bank.questions)


# Sentences written for the property test below; Hypothesis builds articles out of them.
_SENTENCES = [
    "The Marlow Canal was dug between 1791 and 1796 to carry coal from Derby to the river.",
    "Engineer Grace Oduya designed the new aqueduct, which opened on 3 June 2019.",
    "The restoration cost £6.2 million, of which the National Lottery paid £4.1 million.",
    "Boats from France and Belgium joined the opening festival in Derby.",
    "She said the second lock would reopen in the spring.",
    "Volunteers rebuilt 14 locks over 30 years.",
    "Because the river flooded the valley, the farmers moved to Leeds.",
    "Mayor Tom Hale, a former teacher, thanked the builders in a short speech.",
    "About 40% of the town's homes are heated by a scheme that burns wood chips.",
    "The library, built in 1874 by Thomas Avery, holds 35,000 books.",
    "It is not clear whether the council will approve the plan.",
    "The committee meets in Geneva every spring and publishes its report in May.",
    "A robin is a small bird with a red breast that sings through the winter.",
    "The tank holds 40 litres of water and weighs 12 kilograms when empty.",
    "Prices rose by 2.5% in March, the fastest rise since 2011.",
    "The Harbour Trust, a charity founded by fishermen, spent three years on the work.",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCES), min_size=3, max_size=10, unique=True),
       st.integers(0, 3))
def test_any_article_gives_a_bank_whose_answers_are_spans_and_clozes_have_one_deletion(
        nlp, sentences, seed):
    text = "A title for the test\n" + "\n".join(sentences) + "\n"
    bank = quizgen.extract(text, "t.txt", nlp=nlp, per_100_words=10, seed=seed)
    if bank.questions:  # three short sentences may hold nothing worth asking
        _check_bank_properties(bank, text)


def test_example_article_gives_a_sound_bank(example_bank):
    _check_bank_properties(example_bank, EXAMPLE_ARTICLE.read_text("utf-8"))
    assert example_bank.title == "Volunteers bring the Old Harbour lighthouse back to life"
    assert example_bank.id == "harbour-lighthouse"
    assert len(example_bank.questions) >= 10
    assert {"short", "cloze", "mcq"} <= {q.type for q in example_bank.questions}
    everything = " ".join(q.question + " " + q.sentence for q in example_bank.questions)
    assert "Harbour Trust archive" not in everything  # the photo credit
    assert "Mara Ellison" not in everything  # the byline


def test_seed_article_gives_at_least_12_questions_and_none_about_the_credit(seed_bank,
                                                                           seed_article):
    _check_bank_properties(seed_bank, seed_article.read_text("utf-8"))
    assert len(seed_bank.questions) >= 12
    for q in seed_bank.questions:
        for credit in ("Adem Altan", "AFP", "Getty"):
            assert credit not in q.question and credit not in q.answer
        assert q.line != 2  # the credit line


def test_extraction_is_deterministic(nlp):
    text = EXAMPLE_ARTICLE.read_text("utf-8")
    first = quizgen.extract(text, "a.txt", nlp=nlp)
    assert quizgen.extract(text, "a.txt", nlp=nlp) == first


def test_volume_follows_the_options(nlp):
    text = EXAMPLE_ARTICLE.read_text("utf-8")
    assert len(quizgen.extract(text, "a.txt", nlp=nlp, max_questions=3).questions) == 3
    few = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=1).questions
    assert 1 <= len(few) <= 5


def test_cloze_text_restores_the_sentence():
    assert cloze_text("Built in {{c1::1874}} by {{c2::Avery::who}}.") == "Built in 1874 by Avery."


def test_the_committed_example_bank_is_what_quizgen_makes_now(example_bank):
    """The bank in question_banks/ is a golden file: regenerate it with the README's main
    command when the extractor changes."""
    import dataclasses
    import hashlib

    from quizgen import bank as bank_io
    from tests.conftest import EXAMPLE_BANK

    committed = bank_io.load(EXAMPLE_BANK)
    assert committed.source.sha256 == hashlib.sha256(EXAMPLE_ARTICLE.read_bytes()).hexdigest()
    assert committed.source.path == "articles/harbour-lighthouse.txt"
    fresh = dataclasses.replace(example_bank, source=committed.source)
    assert bank_io.dumps(fresh) == EXAMPLE_BANK.read_text("utf-8")


def test_answers_a_teacher_would_strike_out_are_not_asked(nlp):
    """Regression, from reading the seed article's bank: a count the reader already knows
    ("the two towns"), a bare plural ("officials"), the light noun of "a range of …", a blank
    for one common noun, and echo questions from inside a "that" clause."""
    text = ("Officials from the two towns met in Harlow on Monday.\n"
            "The mayors remain divided over a range of issues, such as parking and schools.\n"
            "Councillors need to do more to pave the way for a shared bus service.\n"
            "Mayor Rosa Lind repeated her view that the bridge needs urgent repairs.\n")
    bank = quizgen.extract(text, "towns.txt", nlp=nlp, per_100_words=50)
    answers = {q.answer for q in bank.questions}
    assert answers and not answers & {"two", "two towns", "Officials", "range", "way"}
    assert not any(" that what " in q.question for q in bank.questions)


def test_vague_phrases_and_unresolved_possessives_are_not_asked(nlp):
    """Regression, from reading SQuAD-style banks: "these devices" and "recent years" name
    nothing a reader could know, "What is done?" says nothing, and a sentence that opens with
    "Its" does not say whose."""
    text = ("The Harbour Trust bought twelve pumps in recent years.\n"
            "These devices were installed at the mill in 1921 by engineers from Leeds.\n"
            "Its original boiler, built by Ada Moss, was moved to the museum in York.\n"
            "Mechanical work is done.\n")
    bank = quizgen.extract(text, "mill.txt", nlp=nlp, per_100_words=50)
    answers = {q.answer for q in bank.questions}
    assert answers and not answers & {"recent years", "These devices", "devices",
                                      "Mechanical work", "work"}
    for q in bank.questions:
        assert not q.question.startswith(("Its ", "{{c1::Its")), q.question
        assert " its " not in q.question.lower(), q.question


def test_an_organisation_that_acts_is_asked_with_who(nlp):
    assert quizgen.ask("The Harbour Trust restored the old tower in 2023.", "The Harbour Trust",
                       nlp=nlp) == "Who restored the old tower in 2023?"


# Written for these tests: many dates, numbers and places, so that a bank has several multiple
# choice questions and true/false statements.
CANALS = """\
The Marlow Canal reopens
The Marlow Canal was dug between 1791 and 1796 to carry coal from Derby to the river.
Traffic stopped in 1952, when the last coal barge left the basin at Hatton.
Volunteers began clearing the channel in 1988 and rebuilt 14 locks over 30 years.
The restoration cost £6.2 million, of which the National Lottery paid £4.1 million.
Engineer Grace Oduya designed the new aqueduct, which opened on 3 June 2019.
Boats from France and Belgium joined the opening festival in Derby.
The canal now carries 2,400 boats a year and employs 35 staff.
A second aqueduct at Hatton will open in 2027, the trust's director Omar Haddad said.
Visitors can walk the towpath for 18 miles from Derby to the river.
"""


def test_two_processes_make_the_same_bank_when_two_answers_tie(tmp_path):
    # Caught: answers of equal score were ordered by where Python happened to allocate them,
    # so "France" and "France and Belgium" swapped places between runs.
    article = tmp_path / "canals.txt"
    article.write_text(CANALS, encoding="utf-8")
    banks = []
    for hash_seed in ("1", "2", "3", "4"):
        out = tmp_path / f"bank{hash_seed}.yaml"
        subprocess.run([sys.executable, "-m", "quizgen", "extract", str(article), "-o", str(out),
                        "--per-100-words", "10"], check=True,
                       env={**os.environ, "PYTHONHASHSEED": hash_seed})
        banks.append(out.read_bytes())
    assert len(set(banks)) == 1


def test_options_are_shuffled_by_seed_and_spread_evenly_over_a_to_d(nlp):
    banks = [quizgen.extract(CANALS, "canals.txt", nlp=nlp, per_100_words=10, seed=s)
             for s in range(6)]
    assert quizgen.extract(CANALS, "canals.txt", nlp=nlp, per_100_words=10, seed=3) == banks[3]
    mcqs = [[q for q in b.questions if q.type == "mcq"] for b in banks]
    assert len(mcqs[0]) >= 4
    assert len({tuple(q.choices for q in m) for m in mcqs}) > 1  # the seed changes the order
    for bank, m in zip(banks, mcqs):
        _check_bank_properties(bank, CANALS)
        assert {q.answer for q in m} == {q.answer for q in mcqs[0]}  # but not the questions


def test_true_false_statements_are_half_true_and_false_ones_change_one_fact(nlp):
    seen = Counter()
    for seed in range(8):
        bank = quizgen.extract(CANALS, "canals.txt", nlp=nlp, per_100_words=10, seed=seed)
        statements = [q for q in bank.questions if q.type == "truefalse"]
        assert statements
        counts = Counter(q.answer for q in statements)
        assert abs(counts["true"] - counts["false"]) <= 1
        seen.update(counts)
        for q in statements:
            # only this question comes from its sentence: the statement gives nothing away
            assert [o.sentence for o in bank.questions].count(q.sentence) == 1
            same = q.question.rstrip(".") == q.sentence.rstrip(".")
            assert same == (q.answer == "true"), (q.question, q.sentence)
            if q.answer == "false":  # one span replaced: the words around it are the source's
                a, b = q.question.split(), q.sentence.split()
                assert a[0] == b[0] and a[-1] == b[-1]
    assert seen["true"] and seen["false"]


def test_definitions_become_a_matching_set_that_gives_no_other_answer_away(nlp):
    text = ("Garden birds of the north\n"
            "A robin is a small bird with a red breast that sings through the winter.\n"
            "The wren is a tiny brown bird that nests in hedges and walls.\n"
            "A heron is a tall grey bird that hunts fish in shallow water.\n"
            "The kestrel is a falcon that hovers above roadside verges.\n"
            "A jay is a colourful crow of oak woods.\n"
            "Many gardeners put out seed in December, when food is scarce.\n")
    bank = quizgen.extract(text, "birds.txt", nlp=nlp)
    sets = [q for q in bank.questions if q.type == "matching"]
    assert len(sets) == 1 and sets[0].question == "Match each term to what it is."
    pairs = dict(sets[0].pairs)
    assert len(pairs) >= 3 and pairs.get("jay") == "a colourful crow of oak woods"
    others = [q.sentence for q in bank.questions if q.type != "matching"]
    for term, definition in pairs.items():  # no pair from a sentence another question asks
        assert not any(definition in s for s in others), term


def test_a_hedged_number_is_asked_without_its_hedge(nlp):
    """"about 30,000": the number is the answer; the hedge stays in the sentence."""
    bank = quizgen.extract("The town has about 30,000 residents and a busy market. It was "
                           "founded in 1850 by settlers from the coast.", "t.txt", nlp=nlp,
                           per_100_words=50)
    answers = {q.answer for q in bank.questions}
    assert "30,000" in answers and "about 30,000" not in answers


def test_no_open_question_leans_on_a_pronoun_or_on_one_of_two_right_answers(nlp):
    """Regression, from reading BBC banks: "It flagged up how many holes?", "One" as the
    answer of "One of the patches …", and "Who is …?" where two people named together are
    both right."""
    text = ("The company released eight patches on Tuesday. It flagged up eight critical "
            "holes in its monthly bulletin.\n"
            "One of the patches fixes a flaw in the mail program.\n"
            "Engineers Ruth Amos and Karl Berg are the project's lead designers.\n")
    bank = quizgen.extract(text, "patches.txt", nlp=nlp, per_100_words=50)
    for q in bank.questions:
        if q.type == "short":
            assert not re.search(r"\b(It|it|they|They)\b", q.question), q.question
            assert q.answer not in ("Ruth Amos", "Karl Berg"), q.question
        assert q.answer != "One", q.question


def test_a_line_up_is_no_sentence(nlp):
    """Regression, from reading BBC banks: a football report's line-ups ("Almunia, Lauren,
    Toure, …"), "Subs not used: …" and fixtures ("Arsenal v West Ham or Sheffield United")
    became questions ("Who is Lehmann Fabregas Senderos?"), and so did lists of clubs of two
    words and what was left of a sentence whose start was lost (", who had already …")."""
    text = ("Rovers beat City 2-1 at Millfield on Saturday.\n"
            "Rovers: Okafor, Brandt, Lindqvist, Moreau, Hale, Pike, Doyle, Ferris, Amadi.\n"
            "Subs not used: Garvey, Tull, Renwick.\n"
            "Harlow Athletic v Leicester Vale or Tadcaster Albion\n"
            "Heavy rain in Millfield forced officials from the county to delay the kick-off "
            "by forty minutes.\n"
            "Striker Kemi Amadi scored both goals for Rovers in the second half.\n"
            # a list of clubs of two words, and the rest of a sentence whose start was lost
            "Bayern Vale, Real Ostend, Sporting Lisle, Porto Nuevo\n\n"
            ", who had already won the group, lost 2-1 to Dynamo Kern in the last match.\n")
    bank = quizgen.extract(text, "match.txt", nlp=nlp, per_100_words=50)
    line_up = {"Okafor", "Brandt", "Lindqvist", "Moreau", "Hale", "Pike", "Doyle", "Ferris",
               "Garvey", "Tull", "Renwick", "Harlow", "Leicester", "Tadcaster", "Vale",
               "Ostend", "Lisle", "Nuevo", "Kern"}
    for q in bank.questions:
        assert not line_up & set(re.findall(r"\w+", f"{q.question} {q.answer}")), q.question


def test_a_name_after_a_title_is_asked_with_who(nlp):
    """Regression, from reading BBC banks: "Mr Wang said …" was asked "What said …?"."""
    assert quizgen.ask("Mr Wang said his review team may scrap the hourly fee.", "Wang",
                       nlp=nlp).startswith("Who said")


def test_a_pronoun_stays_where_its_sentence_names_the_person_and_his_is_no_title(nlp):
    """Regression, from reading BBC banks: "Michael Howard also denied Michael Howard was
    afraid …" (a "he" replaced by the name its own sentence gives), and "Who is the his
    transport spokesman?"."""
    text = ("Mayor Ada Brook opened the new library in Harlow on Monday.\n"
            "Brook also denied she was worried about the cost of the new roof for the library.\n")
    bank = quizgen.extract(text, "library.txt", nlp=nlp, per_100_words=50)
    assert any(q.sentence.startswith("Brook also denied") for q in bank.questions)
    for q in bank.questions:
        assert "denied Ada Brook" not in q.question, q.question
    # the sentence's own "She" is named, so its second "she" stays
    bank = quizgen.extract(text.replace("Brook also", "She also"), "library.txt", nlp=nlp,
                           per_100_words=50)
    assert any(q.question.startswith("Ada Brook also denied she was") for q in bank.questions)
    for q in bank.questions:
        assert "denied Ada Brook" not in q.question, q.question
    question = quizgen.ask("But the mayor denied Mr Yeo, his transport spokesman, said the plans "
                           "stink.", "Mr Yeo", nlp=nlp)
    assert "the his" not in question


def test_a_sentence_in_the_first_person_is_not_asked(nlp):
    """Regression, from reading BBC banks: a quotation running over several paragraphs gave
    "I had how long there as a coach?" — who "I" is, the question does not say."""
    text = ("Coach Ivan Petrov left Millfield Rovers on Friday after eleven years at the club.\n"
            "I had five years there as a coach and six as a player before I became manager.\n"
            "The club will name a new manager before the derby against City in March.\n")
    bank = quizgen.extract(text, "coach.txt", nlp=nlp, per_100_words=50)
    assert bank.questions
    assert not any(q.sentence.startswith("I had") for q in bank.questions)


def test_a_sum_written_as_one_word_is_one_answer(nlp):
    """Regression, from reading BBC banks: "$8m" was asked "How much will … donate m …?" with
    "more than $8" for its answer, and "$25m" became the cloze "$ {{c1::25}} m"."""
    text = ("Harlow Bank will donate more than $8m to a fund for flood victims.\n"
            "The bank was fined $25m by regulators in May after a long inquiry.\n")
    bank = quizgen.extract(text, "bank.txt", nlp=nlp, per_100_words=50)
    answers = {q.answer for q in bank.questions}
    assert answers & {"more than $8m", "$25m"}
    assert not answers & {"more than $8", "25", "$25"}
    for q in bank.questions:
        assert not re.search(r"\bm\b", q.question.replace(q.answer, "")), q.question


def test_a_name_cut_down_to_nothing_does_not_stop_the_bank(nlp):
    """Regression, found by the speed benchmark over the BBC corpus: a person's name that
    trimming leaves empty ("… Smith and" cut before "and") made the people-and-roles set
    raise an IndexError, and the whole article failed."""
    from quizgen.extractor import _PronounResolver

    doc = nlp("Coach Ada Smith and her assistant Tom Reddy met the mayor.")
    assert _PronounResolver([doc]).label(doc[0:0]) == ""


def test_no_question_is_made_of_a_misread_clause_or_a_number_in_a_name(nlp):
    """Regressions, from reading BBC banks: "… the vast majority of which were caused by
    mistakes" was asked "What caused the vast majority of which?"; a passive with its own "are"
    was taken for a participle describing the noun before ("Who filled worries that ballots
    are in?"); the number of "the Top 500 list" was asked "How many list …?"."""
    text = ("Ms Dale said there was clear evidence of errors in the records, the vast majority "
            "of which were caused by simple typing mistakes. There are worries that ballots "
            "are filled in by the wrong person at the polling station. Each June, the Top 100 "
            "chart lists the best-selling records of the year.")
    bank = quizgen.extract(text, "records.txt", nlp=nlp, per_100_words=50)
    for q in bank.questions:
        assert q.type == "cloze" or not re.search(
            r"of which\b|\bwho filled\b|how many chart", q.question, re.I), q.question
    assert not quizgen.ask(text, "the wrong person", nlp=nlp).startswith("Who filled")


def test_an_answer_keeps_the_quote_mark_that_closes_it(nlp):
    """Regression, from reading BBC banks: the answer `lowest "lag` lost its closing quote."""
    text = ('Online players hate delay. Gamers tend to move toward networks with the lowest '
            '"lag". Providers in Korea now sell faster lines to gamers at night.')
    bank = quizgen.extract(text, "lag.txt", nlp=nlp, per_100_words=50)
    answers = [q.answer for q in bank.questions]
    assert any("lag" in a for a in answers), answers
    assert all(a.count('"') % 2 == 0 for a in answers), answers


def test_a_place_in_a_chart_is_no_count(nlp):
    """Regression, from reading BBC banks: "denied Elvis his fourth number one" was asked "How
    many has Eminem denied Elvis?"."""
    text = ("The singer Kira Lane has denied the band their fourth number one of the year. Her "
            "new single sold 90,000 copies in its first week, the chart company said.")
    bank = quizgen.extract(text, "chart.txt", nlp=nlp, per_100_words=50)
    assert bank.questions and all(q.answer.lower() != "one" for q in bank.questions)


def test_no_answer_is_asked_in_place_inside_a_fronted_phrase(nlp):
    """Regression, from reading BBC banks: "After missing out on the 2001 tour to what Tindall
    says Mike Tindall will be happy …?"."""
    text = ("Bath centre Tom Hale is aiming to earn a place on the summer tour. But after "
            "missing out on the 2001 tour to Peru with a knee injury, Hale says he will be happy "
            "just to have an opportunity to wear the red shirt.")
    for q in _questions(text, nlp, 60):
        assert "after missing" not in q.question.lower(), q.question


def test_a_number_glued_to_a_name_by_a_comma_is_no_part_of_it(nlp):
    """Regression, from reading BBC banks: "Natalie Appleton,31" was one person's name."""
    text = ("Singer Nora Vale,31, left the show on Monday. The show was watched by nine million "
            "people on the night.")
    answers = _answers(text, nlp, 60)
    assert "Nora Vale" in answers and not any(",31" in a for a in answers), answers


def test_no_question_keeps_what_a_relative_clause_left_behind(nlp):
    """Regression, from reading BBC banks: "This offers quality major Hollywood studios are
    keen to exploit which in when?"."""
    text = ("The new discs offer a picture quality which big studios are keen to exploit in the "
            "coming year. Boeing rolled out its new jet in Seattle on Monday.")
    for q in _questions(text, nlp, 60):
        assert q.type == "cloze" or "which" not in q.question.lower(), q.question


def test_an_adjective_whose_content_follows_it_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… is what to boost profits at Merck? Likely"."""
    text = ("Analysts said putting the drug back on the shelves is likely to boost profits at "
            "the firm. The firm sold the drug in 80 countries until 2004.")
    bank = quizgen.extract(text, "drug.txt", nlp=nlp, per_100_words=60)
    assert bank.questions and all(q.answer != "likely" for q in bank.questions)


def test_an_answer_leaves_either_and_not_only_in_the_sentence(nlp):
    """Regression, from the SQuAD recall analysis: answers like "not only the school" and
    "either a mouse" carried the first half of a pair whose second half stayed behind."""
    text = ("Visitors to the palace can see not only the great hall but also the garden. In one "
            "test the keeper placed either a mouse or a candle in a closed jar for an hour. "
            "The hall was built in 1820 by the king.")
    answers = _answers(text, nlp, 80)
    assert answers and not any(re.match(r"(?i)(not|either|neither)\b", a) for a in answers), \
        answers


def test_a_clause_the_parser_took_for_what_was_said_is_no_part_of_a_question(nlp):
    """Regression, from reading BBC banks: "Who caused hearts to flutter on 28 minutes, Van
    Persie blasted over a good opportunity?" — a clause joined by "and" that the parser hung
    under the main verb as if it were what was said."""
    question = quizgen.ask(
        "Ashford caused hearts to flutter on 28 minutes when he missed his punch at a corner "
        "and Kolo Reed headed just wide and, as Chelsea began to press, Van Hale blasted over a "
        "good opportunity after Reed had set him up.", "Ashford", nlp=nlp)
    assert question.endswith("caused hearts to flutter on 28 minutes?"), question


def test_a_second_predicate_is_no_part_of_a_question(nlp):
    """Regression, from reading BBC banks: "What are those flashy moves back in tremendous fun
    to perform and perfect?"."""
    assert quizgen.ask("Those quick moves are back in the new game, and great fun to learn and "
                       "master.", "the new game", nlp=nlp) == \
        "What are those quick moves back in?"


def test_no_question_asks_for_one_whom_the_parser_made_an_object_but_who_spoke(nlp):
    """Regression, from reading BBC banks: "Who did Mr Howard deny?" of "But Mr Howard denied
    Mr Yeo, his transport and environment spokesman, said the plans "stink"." — Mr Yeo said
    it; the parser made him the object of "denied"."""
    text = ("Mayor Ada Brook opened the new library in Harlow on Monday. Her deputy Tom Hale "
            "praised the builders.\nBut Mr Brook denied Mr Hale, his housing spokesman, said "
            'the plans "stink".\n')
    bank = quizgen.extract(text, "library.txt", nlp=nlp, per_100_words=100)
    asked = [(q.question, q.answer) for q in bank.questions if q.type != "cloze"]
    assert not any("deny" in question or "denied" in question for question, _ in asked), asked
    # nor is "her deputy" an answer when the name that follows it is the one to know
    assert not any(answer.endswith("deputy") for _, answer in asked), asked


def test_a_person_named_by_kin_or_post_is_asked_with_who(nlp):
    """Regression, from reading BBC banks: "What praised the builders? deputy", "What said his
    party would only admit foreigners who were required? MEP"."""
    assert quizgen.ask("Her deputy praised the builders on Friday.", "Her deputy",
                       nlp=nlp) == "Who praised the builders on Friday?"
    assert quizgen.ask("The MEP said his party would only admit skilled workers.", "The MEP",
                       nlp=nlp).startswith("Who said")


def test_a_light_noun_whose_content_follows_it_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What is to turn back the clock again and kill …?
    — only way"."""
    text = ("The only way to stop it is to wind back the clock again and kill the wicked queen "
            "before she ever makes the ice. The wicked queen built a castle of glass in the "
            "north in 1820. Her brother Tom Hale sailed to Iceland with six ships.")
    answers = _answers(text, nlp, 80)
    assert answers and not any(a.endswith("way") for a in answers), answers


def test_a_number_with_its_unit_in_one_word_counts_nothing(nlp):
    """Regression, from reading BBC banks: "How many Power PC chip does the £399 models
    have? — 1.4ghz"."""
    question = quizgen.ask("The new model has a 2.4ghz Power PC chip.", "2.4ghz", nlp=nlp)
    assert "how many" not in question.lower(), question


def test_no_statement_or_question_is_made_of_a_list_of_parts(nlp):
    """Regression, from reading BBC banks: "Who is 512 megabytes Ram? — Windows XP Home", and
    a true/false "statement" with no verb ("A 2.6ghz Intel Celeron chip, 20 gigabyte hard
    drive, 256mb, combined CD burner/DVD player.")."""
    question = quizgen.ask(
        "A very good PC sporting an AMD Athlon XP 3000 processor, 256 megabytes Ram, a sound "
        "card with 64 Ram on board plus TV out, a 20 GB hard drive, CD-writer and DVD player, "
        "Windows XP Pro.", "Windows XP Pro", nlp=nlp)
    assert not question.startswith("Who is"), question
    text = ("The Lumo shop sells three laptops this winter. The cheapest costs £299 and the "
            "dearest costs £649.\nA 1.6ghz Intel Celeron chip, 20 gigabyte hard drive, 256mb "
            "memory, combined CD burner and DVD player.\nThe middle model has a faster chip and "
            "a bigger screen. A 2.4ghz AMD chip, 80 gigabyte hard drive, 512mb memory, DVD "
            "burner.\nThe owner Ann Lee opened the shop in Leeds in 1998. A 3ghz Intel Pentium "
            "chip, 160 gigabyte hard drive, 1gb memory, DVD burner.\n")
    for seed in range(4):
        bank = quizgen.extract(text, "parts.txt", nlp=nlp, per_100_words=100, seed=seed)
        assert bank.questions
        assert not any(q.type == "truefalse" and "chip," in q.question
                       for q in bank.questions), seed


def test_answers_cut_from_a_rank_or_followed_by_what_they_mean_are_not_asked(nlp):
    """Regression, from reading BBC banks: "What escaped a possible ban last year? — British
    number" (of "the British number two"), "What is that the machine is eminently expandable?
    — good news", and a "he" that meant the sentence's own subject given another's name."""
    text = ("The British number two escaped a ban last year when he persuaded a panel that the "
            "test was wrong. The good news is that the new stadium is nearly finished. The band "
            "cancelled two concerts after singer Tom Reed was taken to hospital suffering from "
            "severe flu.\n")
    bank = quizgen.extract(text, "rank.txt", nlp=nlp, per_100_words=100)
    answers = [q.answer for q in bank.questions]
    assert "last year" in answers and not {"British number", "good news"} & set(answers), answers
    for q in bank.questions:
        assert "when Tom Reed" not in q.question, q.question


def test_an_answer_leaves_a_word_that_points_at_it_in_the_sentence(nlp):
    """Regression, from reading BBC banks: the answer "especially PC users"; and "hospital
    suffering" of "taken to hospital suffering from flu" is no answer."""
    from quizgen.extractor import _is_trivial, _trim

    doc = nlp("Apple is targeting home users - especially PC users who have used an iPod.")
    start = next(t.i for t in doc if t.lower_ == "especially")
    assert _trim(doc[start:start + 3]).text == "PC users"
    doc = nlp("The band cancelled the show after the singer was taken to hospital suffering from "
              "flu.")
    start = next(t.i for t in doc if t.lower_ == "hospital")
    assert _is_trivial(doc[start:start + 2], set())


def test_no_question_keeps_the_rest_of_a_result(nlp):
    """Regression, from reading BBC banks: "Who did Moya make up for missing Spain's 2000
    victory through injury by beating 7-6 7-6? — Roddick 6-2 7-6"."""
    text = ("Anna Berg made up for missing the 2010 final through injury by beating Eva Lind "
            "6-2 7-6 7-6 in Paris. Berg had lost to Lind in Madrid in 2011.")
    for q in _questions(text, nlp, 100):
        assert q.type == "cloze" or not re.search(r"\d-\d", q.question + q.answer), q.question


def test_an_inserted_answer_stays_inside_its_quote_marks(nlp):
    """Regression, from reading BBC banks: 'a new " {{c1::Marshall Plan}} " for Africa'."""
    from quizgen.extractor.questions import render

    doc = nlp('The minister set out a new "Marshall Plan" for Africa.')
    start = next(t.i for t in doc if t.text == "Marshall")
    words = [*doc[:start], "{{c1::Marshall Plan}}", *doc[start + 2:]]
    assert render(words) == 'The minister set out a new "{{c1::Marshall Plan}}" for Africa.'


def test_the_second_half_of_a_hyphenated_word_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… damaging Labour's re-? — election chances"."""
    text = ("The minister said the reports were damaging the party's re-election chances in "
            "the north. The party won the election in 2001 with a large majority.")
    answers = _answers(text, nlp, 100)
    assert answers and not any(a.startswith("election chances") for a in answers), answers


def test_idioms_signs_and_an_empty_it_give_no_answers(nlp):
    """Regression, from reading BBC banks: "What did tourists and fans take of the
    opportunity …? — advantage", the answer "record $" of "a record $1.3666", and "What was
    Edelman pointless having?" (the "it" of "it was pointless having" taken for the
    speaker)."""
    text = ("Keith Edelman added that it was pointless having a brand new stadium if the team "
            "did not match the surroundings. The dollar slid to a record $1.3666 versus the "
            "euro on Thursday. Tourists and fans took advantage of the opportunity for a "
            "photograph between the goalposts.")
    bank = quizgen.extract(text, "idioms.txt", nlp=nlp, per_100_words=100)
    answers = [q.answer for q in bank.questions]
    assert answers and "advantage" not in answers, answers
    assert not any(a.endswith("$") for a in answers), answers
    assert not any("Edelman pointless" in q.question for q in bank.questions)


def test_a_sum_in_millions_ends_its_sentence_and_an_aside_keeps_its_facts(nlp):
    """Regression, from reading BBC banks: "… which took $24.2m. The family film …" was read
    as one sentence ("m." taken for an abbreviation), and "When did the family adventure take
    $33.1m …? — fourth week" moved a fact out of a dashed aside about another film."""
    text = ("The family film took $33.1m last weekend, ahead of the cartoon Lost Toys - now in "
            "its fourth week in the charts - which took $24.2m. The family film opened in 2004 "
            "in America.")
    for q in _questions(text, nlp, 100):
        assert q.answer != "fourth week" or q.type == "cloze", q.question
        assert "$24.2m. The" not in q.question, q.question


def test_no_question_leans_on_a_subject_the_parser_split_or_an_author(nlp):
    """Regression, from reading BBC banks: "What has a book about the evolution of mutants and
    won?" (the parser split one subject in two) and "Who do previous winners include White
    Teeth by in 2000?" (an author, not a means)."""
    text = ("A book about the evolution of beetles and the science of flight has won the Lumen "
            "Prize 2010. Previous winners include Small Rain by Ada Lind, in 2001, which went on "
            "to become a bestseller.")
    for q in _questions(text, nlp, 100):
        assert "and won" not in q.question and "science of flight has won what" not in \
            q.question and not re.search(r"\bby(\W*$|,| who)", q.question), q.question


def test_chart_places_possessives_and_quotes_are_asked_right(nlp):
    """Regression, from reading BBC banks: "How many albums did …? — 10" (of "two US top 10
    albums"), "One of her who called all women Betty?", and the answer 'shocking" levels'."""
    text = ('Women MPs endure "shocking" levels of sexist abuse at the hands of their male '
            "colleagues, a study says. The band had two US top 10 albums in the late 1990s "
            "before going solo. One of her male colleagues called all women Betty.")
    bank = quizgen.extract(text, "mps.txt", nlp=nlp, per_100_words=100)
    answers = [q.answer for q in bank.questions]
    assert "two" in answers and "10" not in answers, answers
    assert all(a.count('"') % 2 == 0 for a in answers), answers
    assert not any("her who" in q.question for q in bank.questions)


def test_a_persons_book_is_no_person_and_sir_is_no_title(nlp):
    """Regression, from reading BBC banks: "Susanna Clarke's Jonathan Strange" (a novel) was
    asked with "who" and matched to a role, and "Iris director Sir Richard Eyre" got the role
    "director Sir"."""
    text = ("The shortlist included Susanna Clarke's Jonathan Strange, a novel about magic. The "
            "prize was praised by film director Sir Richard Eyre. Judge Ann Lee and writer Tom "
            "Hale also spoke. Prize chairman Bob Reed said the book was brave.")
    bank = quizgen.extract(text, "shortlist.txt", nlp=nlp, per_100_words=100)
    for q in bank.questions:
        if q.answer == "Jonathan Strange":
            assert not q.question.startswith("Who"), q.question
        for person, role in q.pairs:
            assert person != "Jonathan Strange" and not role.endswith("Sir"), q.pairs


def test_a_second_clause_keeps_its_own_subject_and_a_superlative_span_is_no_time(nlp):
    """Regression, from reading BBC banks: "How long have China's admission in 2001 been
    taking place? — 10 years" (the parser hung the second clause's subject, "talks", on the
    first verb), "In how many years did Germany's economy grow at its fastest rate during
    2004?", and "How many effects of Steam's popularity have been …? — One"."""
    text = ("China's entry in 2001 took 15 years and talks with Russia and Saudi Arabia have "
            "been taking place for 10 years. The economy grew at its fastest rate in four years "
            "during 2004, driven by strong exports. One effect of the game's popularity has "
            "been to limit the copies sold in shops.")
    for q in _questions(text, nlp, 100):
        if q.type != "cloze":
            assert q.answer != "10 years" or "talks" in q.question, q.question
            assert q.answer not in ("four years", "One", "One effect"), (q.question, q.answer)


def test_dates_abbreviations_and_vague_referents_are_asked_right(nlp):
    """Regression, from reading BBC banks: "What did the 31-year-old defend? — title 12 months
    later" (a date the recogniser began too early), "When did Citigroup beat Standard
    Chartered? — year", "What is the prime minister widely expected to be? — 5 May" ("it"
    taken for the minister), "What are car giant General Motors? — GM", and "What is a
    company closely linked to?"."""
    text = ("Jo Hale won the race in 2002 at her first marathon, defended her title 12 "
            "months later and will now seek a third title in the April race. The move, a year "
            "after Citigroup beat Standard Chartered to buy Koram bank, would be the biggest "
            "takeover. The prime minister spoke on Monday. He insisted he did not know the poll "
            "date, but it is widely expected to be 5 May. Fiat will meet car giant General "
            "Motors (GM) on Tuesday. Selling the unit may not prove simple, as it is a company "
            "that is closely linked to the region's industrial heritage.")
    bank = quizgen.extract(text, "dates.txt", nlp=nlp, per_100_words=100)
    asked = {q.answer: q.question for q in bank.questions if q.type != "cloze"}
    assert "2002" in asked and not {"title 12 months later", "year", "GM"} & set(asked), asked
    assert all("prime minister widely" not in q and "a company" not in q
               for q in asked.values()), asked


def test_days_of_dates_idioms_asides_and_a_speakers_it_give_no_questions(nlp):
    """Regression, from reading BBC banks: "How many March - Comic Relief day will the report
    be released on? — 11", "Where does the final meeting of the commission include? —
    London", "What bought turn? — Rosneft" ("in turn"), "What would Mr Dyer be? — huge
    undertaking" ("it would be" taken for Mr Dyer), and "The UK Internet Forum (what) …?"."""
    text = ("The commission's report will be released on 11 March - Comic Relief day, Tony "
            "Blair has said. The announcement followed the final meeting of the commission - "
            "which includes singer Bob Geldof - in London. Mr Dyer acknowledged that it would "
            "be a huge undertaking to update all the world's browsers. The oil unit was sold "
            "for $9.4bn by a previously unknown group, which was in turn bought by "
            "state-controlled oil company Rosneft. The UK Internet Forum (UKIF) is concerned "
            "that the system will let scammers create fake sites.")
    bank = quizgen.extract(text, "asides.txt", nlp=nlp, per_100_words=100)
    asked = {q.answer: q.question for q in bank.questions if q.type != "cloze"}
    assert asked and not {"11", "London", "Rosneft", "huge undertaking", "UKIF"} & set(asked), \
        asked


def test_the_articles_own_questions_and_relative_clauses_are_not_asked_in_place(nlp):
    """Regression, from scanning BBC banks: "What Have Radio 2 listeners even heard of?" (a
    question the article asks), and "Agassi, who was matched for power by his opponent's what,
    said …?" (an answer asked in place inside a relative clause)."""
    text = ("Have Radio 2 listeners even heard of Joy Division and their singer Ian Curtis? "
            "Agassi, who was matched for power by his opponent's two-handed backhand, said "
            "Melzer was an example to younger players. The match was played in Dubai in 2005.")
    for q in _questions(text, nlp, 100):
        assert "Radio 2" not in q.question and "opponent's what" not in q.question, q.question


def test_no_question_has_a_preposition_twice(nlp):
    """Regression, from scanning BBC banks: "What did Britain's Jason Gardener enjoy a double
    60m success in in his first competitive outing?"."""
    text = ("Britain's Tom Hale enjoyed a double 60m success in Glasgow in his first "
            "competitive outing since he won 100m relay gold at the Paris Games. Hale won the "
            "race in 6.6 seconds on Saturday.")
    for q in _questions(text, nlp, 100):
        assert not re.search(r"\b(in|on|at) \1\b", q.question), q.question


def test_a_lone_describing_word_is_no_blank(nlp):
    """Regression, from reading BBC banks: "The Ofsted chief said his forthcoming {{c1::annual}}
    report …" and "… said the book was {{c1::brave}}": a blank for one adjective tests words,
    not facts."""
    text = ("The chief inspector said his forthcoming annual report would look at faith "
            "schools. Prize chairman Bob Reed said the book was brave. The prize was founded in "
            "1999 in Leeds.")
    bank = quizgen.extract(text, "adjectives.txt", nlp=nlp, per_100_words=100)
    answers = [q.answer for q in bank.questions]
    assert answers and not {"annual", "brave"} & set(answers), answers


def test_a_sentences_first_word_is_no_part_of_a_name(nlp):
    """Regression, from reading BBC banks: "Describing Mr Jackson's mother Michael Jackson
    told …" — the recogniser took "Describing Mr Jackson" for a name, and "his" became it."""
    from spacy.tokens import Span

    from quizgen.extractor import _trim

    doc = nlp("Describing Mr Lind as a good man, his mother wept.")
    assert _trim(Span(doc, 0, 3, label="PERSON")).text == "Mr Lind"


def test_he_at_a_sentences_start_is_the_person_the_sentence_before_was_about(nlp):
    """Regression, from reading BBC banks: "Alan Greenspan has given a speech … in honour of
    the pioneering economist, Adam Smith. He delivered the 14th Adam Smith Lecture" gave "Who
    did Adam Smith deliver?" — "he" went to the last name, not the subject; and a lecture
    named after a person was asked with "who"."""
    text = ("Mayor Ann Lee has given a speech in Leeds in honour of the poet, Tom Hale.\n"
            "She delivered the first Tom Hale Lecture at the city library. She has served "
            "under three governors since 1990. She was also adviser to Governor Bob Reed.\n")
    bank = quizgen.extract(text, "lecture.txt", nlp=nlp, per_100_words=100)
    questions = [q.question for q in bank.questions if q.type != "cloze"]
    assert any("Ann Lee deliver" in q or "Ann Lee also adviser" in q for q in questions), \
        questions
    assert not any(re.search(r"Tom Hale (deliver|also)|Who did .* deliver\?", q)
                   for q in questions), questions


def test_one_set_of_a_result_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Agassi was … bamboozled …, losing {{c1::6-3}}
    6-1."."""
    text = ("Hale was often beaten by the Austrian's drop shots in San Jose, losing 6-3 6-1. "
            "The Austrian won the title in 2004 in front of 9,000 fans.")
    answers = _answers(text, nlp, 100)
    assert answers and not {"6-3", "6-1"} & set(answers), answers


def test_a_name_right_before_a_joined_verb_is_its_subject(nlp):
    """Regression, from reading BBC banks: "Who did the boxing drama pip to best director?"
    of "The boxing drama was named best picture and Eastwood pipped Scorsese to best
    director"."""
    text = ("Clint Eastwood's boxing drama beat Martin Scorsese's film to the top awards on "
            "Sunday. The boxing drama was named best picture and Eastwood pipped Scorsese to "
            "best director, while its stars won acting awards.")
    bank = quizgen.extract(text, "oscars.txt", nlp=nlp, per_100_words=100)
    assert bank.questions
    assert not any("drama pip" in q.question for q in bank.questions)


def test_a_name_in_apposition_is_not_asked_in_place(nlp):
    """Regression, from scanning BBC banks: "Jane Campbell had discovered her husband, who?"."""
    text = ("Ann Lee left Leeds in 1801. That happened after she had discovered her husband, "
            "Tom Hale, had lied to her sister Jessy about the farm.")
    bank = quizgen.extract(text, "husband.txt", nlp=nlp, per_100_words=100)
    assert bank.questions
    assert not any(q.question.endswith(", who?") for q in bank.questions), \
        [q.question for q in bank.questions]


def test_an_article_of_quotations_that_names_roles_still_gives_its_matching_set(nlp):
    """Regression, found by the speed benchmark: after the garbled question it used to make was
    gone, an article of quotations stopped a whole batch with "found no sentence to ask about",
    though it names three people and their roles."""
    text = ("Leeds manager Tom Hale said: \"We played badly tonight and we know it.\"\n"
            "Leeds keeper Ann Lee said: \"I blame myself for the goal, I always do.\"\n"
            "York striker Bob Reed said: \"It was a hard game and we are happy with a draw.\"\n")
    bank = quizgen.extract(text, "quotes.txt", nlp=nlp)
    assert [q.type for q in bank.questions] == ["matching"]
    assert ("Tom Hale", "Leeds manager") in bank.questions[0].pairs


def test_a_short_list_is_asked_about_as_a_whole(nlp):
    """Asked about one of two designers, "Who designed the library?" has two right answers, so
    the list is the answer; lists of two kinds of thing ("on Friday and dissent", a parse
    error) or with a vague item ("Mr Howard and other senior Tories") are none."""
    text = ("The Riverside Library was designed by Anna Kowalski and Peter Lund in 1958. The "
            "mayor thanked Mr Reed and other local builders on the opening day. Fishermen still "
            "land cod and haddock at the old quay every morning before dawn.")
    bank = quizgen.extract(text, "library.txt", nlp=nlp, per_100_words=100)
    asked = {q.answer: q.question for q in bank.questions}
    assert asked.get("Anna Kowalski and Peter Lund") == \
        "Who designed the Riverside Library in 1958?", asked
    assert "Mr Reed and other local builders" not in asked, asked
    assert not {"Anna Kowalski", "Peter Lund"} & set(asked), asked


def test_a_participle_after_a_comma_without_and_shares_no_auxiliary(nlp):
    """Regression, from reading BBC banks: "…, is intended to compete with Nintendo's DS,
    released earlier this month in the UK" was asked "When is the entertainment device
    released?": the parser joined "released" to "intended" with no "and", but it says when the
    DS was. The parse is built by hand here, as the parser made it there."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import form

    def parsed(joint: str) -> Doc:
        words = ["The", "phone", "is", "meant", "to", "compete", "with", "the", "tablet", joint,
                 "released", "in", "May", "."]
        heads = [1, 3, 3, 3, 5, 3, 5, 8, 6, 3, 3, 10, 11, 3]
        deps = ["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "prep", "det", "pobj",
                "punct" if joint == "," else "cc", "conj", "prep", "pobj", "punct"]
        tags = ["DT", "NN", "VBZ", "VBN", "TO", "VB", "IN", "DT", "NN",
                "," if joint == "," else "CC", "VBN", "IN", "NNP", "."]
        pos = ["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "ADP", "DET", "NOUN",
               "PUNCT" if joint == "," else "CCONJ", "VERB", "ADP", "PROPN", "PUNCT"]
        return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
                   ents=["O"] * 12 + ["B-DATE", "O"])

    with_and, with_comma = parsed("and"), parsed(",")
    assert form(with_and[:], with_and[12:13]).text == "When is the phone released?"
    assert form(with_comma[:], with_comma[12:13]) is None


def test_an_agent_is_not_asked_for_where_a_second_by_phrase_stays(nlp):
    """Regression, from reading BBC banks: "… directed by Richard Eyre with choreography by
    Matthew Bourne" was asked "Who has directed the Mary Poppins musical by Richard Eyre with
    choreography? — Matthew Bourne"."""
    sentence = ("The new play has been produced by Anna Berg and directed by Tom Hale with music "
                "by Sam Reed.")
    for answer in ("Sam Reed", "Tom Hale"):
        question = quizgen.ask(sentence, answer, nlp=nlp)
        assert not question.startswith("Who has directed"), question


def test_a_list_with_both_in_front_is_not_asked_as_a_whole(nlp):
    """Regression, from reading BBC banks: "What do broadcasters see IPTV and PVRs as both
    as?" — the list was the answer, its "both" stayed behind."""
    from quizgen.extractor import _whole_list

    def whole(sentence: str) -> str | None:
        doc = nlp(sentence)
        found = _whole_list(next(t for t in doc if t.lower_ == "threat"))
        return found.text if found is not None else None

    assert whole("Farmers see the rules as a threat and an opportunity.") == \
        "threat and an opportunity"
    # (the parser hung "both" on "as" there, not on the list)
    doc = nlp("Broadcasters see the services as both a threat and an opportunity.")
    doc[5].head, doc[5].dep_ = doc[4], "advmod"
    assert _whole_list(doc[7]) is None


def test_a_participle_the_tagger_took_for_a_past_tense_makes_no_question(nlp):
    """Regression, from reading BBC banks: "… sounds like a technological world gone mad" was
    asked "What gone mad?": the tagger read "gone" as a past tense, and "gone" is none."""
    question = quizgen.ask("To some, it sounds like a technological world gone mad.",
                           "technological world", nlp=nlp)
    assert not question.startswith("What gone"), question
    # a past tense the tagger took for a participle still carries a question
    assert quizgen.ask("Coke, a priest, assisted Wesley in London.", "Wesley", nlp=nlp) == \
        "Who did Coke assist in London?"


def test_an_age_a_share_and_a_subject_hung_on_a_list_make_no_wrong_question(nlp):
    """Regressions, from reading BBC banks: "When was a heart attack aged 65?", "How many halves
    has Huw Stephens been?", "Who announced Leigh …?" of "Leigh was presented with his
    statuette by Timothy Spall and Staunton's award was announced by Patrick Stewart", and
    "According to Downing Street, what is on?" of "… troops are on standby in case …" (the
    parser hung "standby" elsewhere)."""
    assert not quizgen.ask("Sam Reed filled in after Peel had a heart attack aged 65 in October.",
                           "October", nlp=nlp).startswith("When was")
    assert "How many" not in quizgen.ask(
        "Huw Stephens has been one half of the Thursday night show Bethan and Huw in Wales.",
        "one half", nlp=nlp)
    text = ("Ann Lee was given her medal by Tom Hale and Sam Reed's prize was presented by Jo "
            "Park. Ministers said police officers are on standby in case they need to help "
            "evacuate fans from the stadium.")
    bank = quizgen.extract(text, "prizes.txt", nlp=nlp, per_100_words=100)
    asked = {q.answer: q.question for q in bank.questions if q.type in ("short", "mcq")}
    assert asked.get("Ann Lee") == "Who was given her medal by Tom Hale?", asked
    assert "Jo Park" not in asked and "police officers" not in asked, asked


def test_a_number_that_names_gets_no_neighbours_as_options():
    """Regression, from reading BBC banks: "How many game …? — 007" with options 8, 9, 5."""
    options = quizgen.distractors("007", "Fans of the 007 films queued at the cinema.")
    assert not [o for o in options if o.isdigit() and not o.startswith("0")], options


def test_a_dashed_asides_leftovers_are_no_question(nlp):
    """Regression, from reading BBC banks: "What went to Tim Bevan and Eric Fellner,- of
    Working Title films?" (the parser split "co-chairmen" around its hyphen)."""
    from quizgen.extractor import _acceptable

    answer = nlp("The award went to Tom Hale.")[5:7]
    assert not _acceptable("short", "What went to Tom Hale and Ann Lee,- of Leeds?", answer)
    assert _acceptable("short", "What went to Tom Hale and Ann Lee of Leeds?", answer)


def test_a_party_keeps_its_adjective_and_an_aside_makes_no_participle_question(nlp):
    """Regressions, from reading BBC banks: "What wants to do away with the council tax? —
    Democrats" (the recogniser left "Liberal" out), and "When were any proposals to revalue
    homes graded …? — 1991" of "… proposals to revalue homes - currently graded according to
    their value in 1991 - …" (the parser hung the aside on the proposals)."""
    text = ("The Liberal Democrats want to do away with the council tax altogether and switch "
            "to a local income tax. The council is wary of any plan to sell homes - currently "
            "valued according to prices in 1991 - because many could lose value.")
    bank = quizgen.extract(text, "tax.txt", nlp=nlp, per_100_words=100)
    answers = {q.answer for q in bank.questions}
    assert "Liberal Democrats" in answers and "Democrats" not in answers, answers
    assert not any(q.question.startswith("When were") for q in bank.questions), \
        [q.question for q in bank.questions]


def test_a_quotation_in_the_first_person_and_a_name_recurring_in_another_paragraph(nlp):
    """Regressions, from reading BBC banks: "If Madrid do not want me then …" was asked about
    (who "me" is, the sentence does not say: the quotation opened sentences before), and "What
    are essex act Prodigy to headline …?" lost the capital of a name that opens one paragraph
    and recurs in another."""
    quoted = ("Tom Hale could leave Hartfield United in January, his agent said on Monday.\n\n"
              "On Tuesday, Hale had said: \"I like Leeds and I am pleased that a club of their "
              "size wants to buy me. I have told Hartfield that I want it to happen. If Hartfield "
              "do not want me then it is in the best interests of everyone that they sell me to "
              "Leeds United before March.\n")
    bank = quizgen.extract(quoted, "transfer.txt", nlp=nlp, per_100_words=300)
    assert bank.questions
    assert not any(" me " in q.sentence for q in bank.questions), \
        [q.sentence for q in bank.questions]
    text = ("Essex act Kestrel are to headline the second stage at this year's Moor Festival, "
            "joining main stage headliners The Vipers.\n\n"
            "The festival will be held at two venues, Hyland Park in Essex and Weston Park in "
            "Dorset.\n")
    bank = quizgen.extract(text, "festival.txt", nlp=nlp, per_100_words=100)
    assert any("Essex act Kestrel" in q.question for q in bank.questions), \
        [q.question for q in bank.questions]
    assert not any("essex" in q.question for q in bank.questions), \
        [q.question for q in bank.questions]


def test_a_role_opening_a_sentence_is_no_part_of_a_name(nlp):
    """Regression, from reading BBC banks: "Striker Tom Hale" was one answer, and questions
    kept its capital ("When could Striker Tom Hale leave …?")."""
    text = "Striker Tom Hale could leave Hartfield United in January, his agent said on Monday."
    bank = quizgen.extract(text, "striker.txt", nlp=nlp, per_100_words=100)
    asked = {q.answer: q.question for q in bank.questions}
    assert asked.get("Tom Hale") == "Who could leave Hartfield United in January?", asked
    assert asked.get("January") == "When could striker Tom Hale leave Hartfield United?", asked


def test_a_subject_right_after_a_particle_is_not_asked_for(nlp):
    """Regression, from reading BBC banks: "What starts to bite? — scrutiny and compliance
    laws" of "… as regulatory bodies step up scrutiny and compliance laws start to bite": the
    scrutiny is what is stepped up, and the parser made it a subject."""
    text = ("Leaks could mean trouble for banks as regulatory bodies step up scrutiny and safety "
            "laws start to bite, said Ann Lee.")
    bank = quizgen.extract(text, "leaks.txt", nlp=nlp, per_100_words=100)
    assert bank.questions
    assert not any("start to bite" in q.question or "starts to bite" in q.question
                   for q in bank.questions if q.type != "cloze"), \
        [q.question for q in bank.questions]


def test_a_quarter_is_no_time_and_a_line_ups_brackets_are_no_name(nlp):
    """Regressions, from reading BBC banks: "When did GM's global income total $569m? —
    quarter", and the option "(Leinster" cut out of a line-up ("B O'Driscoll, (Leinster)")."""
    from spacy.tokens import Doc

    from quizgen.extractor.distractors import kind_counts

    bank = quizgen.extract("In the quarter, the firm's global income totalled $569m, down from "
                           "$838m a year earlier.", "income.txt", nlp=nlp, per_100_words=100)
    assert bank.questions
    assert "quarter" not in {q.answer for q in bank.questions}
    words = ["B", "Oakes", ",", "(", "York", ")", "and", "Sam", "Reed", "played", "."]
    doc = Doc(nlp.vocab, words=words, ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON",
                                            "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O",
                                            "O"])
    assert list(kind_counts("PERSON", [doc])) == ["Sam Reed"]


def test_a_list_whose_last_name_starts_a_clause_and_a_label_line_are_not_asked(nlp):
    """Regressions, from reading BBC banks: "… a clash with {{c1::Sylvain Distin and Cristiano
    Ronaldo}} came on to replace him" (Ronaldo came on), a blank in "Goals: Rooney 68, Dunne 75
    og.", and "What would the former home secretary serve again in government in? — future"."""
    text = ("Ann Lee was forced off after an earlier clash with Tom Hale and Sam Reed came on to "
            "replace her. Goals: Reed 68, Hale 75 og. Mr Kerr said he hoped the former minister "
            "would serve again in government in the future.")
    bank = quizgen.extract(text, "match.txt", nlp=nlp, per_100_words=100)
    answers = {q.answer for q in bank.questions}
    assert bank.questions
    assert not answers & {"Tom Hale and Sam Reed", "Reed 68", "75", "future"}, answers


def test_a_false_statement_gives_its_option_the_possessive_it_needs():
    """Regression, from reading BBC banks: "over David James' head" became "over Gary Neville'
    head"."""
    from quizgen.extractor import _statement

    cloze = "The ball went over {{c1::Bob James}}' head and into the net."
    assert _statement(cloze, "Bob James", "Ann Lee") == \
        "The ball went over Ann Lee's head and into the net."
    assert _statement(cloze, "Bob James", "Bob James") == \
        "The ball went over Bob James' head and into the net."



def test_a_false_statement_drops_the_the_its_option_takes_none():
    """Regression, from reading BBC banks: "Bloggers in the Sri Lanka are also getting
    involved." of "… in the US …"."""
    from quizgen.extractor import _statement

    assert _statement("Fans in the {{c1::US}} are buying it.", "US", "Norway") == \
        "Fans in Norway are buying it."
    assert _statement("Fans in {{c1::Norway}} are buying it.", "Norway", "US") == \
        "Fans in the US are buying it."


def test_a_number_is_no_option_cut_from_a_number_of_millions():
    """Regression, from reading BBC banks: "more than 6,000" got the option "more than 45" of
    "more than 45 million"."""
    options = quizgen.distractors(
        "more than 6,000", "Pollsters interviewed more than 6,000 people. They found that more "
        "than 45 million people now only use a mobile, and more than 24,000 use neither.", 3)
    assert "more than 45" not in options and "more than 24,000" in options, options


def test_she_is_the_woman_named_before_and_her_stays_when_the_sentence_names_her(nlp):
    """Regression, from reading BBC banks: "She tried to complain about her son's school" became
    "Tony Blair tried to complain about Tony Blair's son's school": "she" went to the last
    person named, a man, and the tagger took "Hutchings" for a plural, no person."""
    from quizgen.extractor import _PronounResolver

    text = ("The trouble began on the morning show with Maria Hutchings marching up to Mr "
            "Blair. A few words as Mrs Hutchings was led back to the audience averted a public "
            "row. Mr Blair spoke to her privately after the show. She tried to complain about "
            "her autistic son's school being threatened with closure.")
    doc = nlp(text)
    resolve = _PronounResolver([doc])
    assert {resolve(t) for t in doc if t.lower_ in ("she", "her")} == {"Maria Hutchings"}
    bank = quizgen.extract(text, "show.txt", nlp=nlp, per_100_words=100)
    assert not any("Blair tried" in q.question or "Hutchings's" in q.question
                   for q in bank.questions), [q.question for q in bank.questions]


def test_who_after_a_place_and_a_party_before_a_name_are_no_persons(nlp):
    """Regressions, from reading BBC banks: "What have Albania failed in? — asylum claims" of
    "children from Albania who have failed in their asylum claims", and the answer "Tories Ken
    Clarke"."""
    from spacy.tokens import Doc

    from quizgen.extractor import _trim

    question = quizgen.ask("The pilot aims to return children from Albania who have failed in "
                           "their asylum claims.", "asylum claims", nlp=nlp)
    assert "Albania failed" not in question, question
    doc = Doc(nlp.vocab, words=["Tories", "Ken", "Clarke", "backed", "it", "."],
              tags=["NNPS", "NNP", "NNP", "VBD", "PRP", "."],
              sent_starts=[True, False, False, False, False, False],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"])
    assert _trim(doc.ents[0]).text == "Ken Clarke"


def test_a_number_in_a_name_and_a_verb_in_a_title_make_no_question(nlp):
    """Regressions, from reading BBC banks: "How many index closed 15 points higher at 4,751?
    — 100" of "the FTSE 100 index", and "Where Must the Manics win best band … for Everything
    Go?" (the album is "Everything Must Go")."""
    text = ("In London, the FTSE 100 index closed 15 points higher at 4,751. The Manics won best "
            "band and best album for Everything Must Go at the Brit Awards in 1997.")
    bank = quizgen.extract(text, "titles.txt", nlp=nlp, per_100_words=100)
    assert bank.questions
    assert "100" not in {q.answer for q in bank.questions}
    assert not any("Must" in q.question for q in bank.questions if q.type != "cloze"), \
        [q.question for q in bank.questions]


def test_a_possessor_left_behind_by_its_answer_is_no_question(nlp):
    """Regression, from reading BBC banks: "What was the non-fiction prize awarded to Kevin
    Boyle's for? — Arc of Justice"."""
    from quizgen.extractor import _acceptable

    answer = nlp("The prize went to Arc of Justice.")[4:7]
    assert not _acceptable("short", "What was the prize awarded to Ann Lee's for?", answer)
    assert _acceptable("short", "What was the prize awarded to Ann Lee for?", answer)
    assert _acceptable("short", "What is the US's biggest freight firm?", answer)


def test_a_firms_name_keeps_its_s(nlp):
    """Regression, from reading BBC banks: "What is to sponsor a programme …? — McDonald"."""
    bank = quizgen.extract("McDonald's is to sponsor a programme on music channel MTV.",
                           "sponsor.txt", nlp=nlp, per_100_words=100)
    answers = {q.answer for q in bank.questions}
    assert "McDonald's" in answers and "McDonald" not in answers, answers
    # nor is a name with a capital inside it cut from its "'s" in a sentence to fill in
    from quizgen.extractor import _piece_of_a_name

    doc = nlp("Ann Lee, the former head of coffee chain McBrew's, has opened a bakery.")
    at = next(t.i for t in doc if t.text == "McBrew")
    assert _piece_of_a_name(doc[at:at + 1])


def test_the_last_eight_a_first_title_in_years_and_a_bodys_name_are_asked_right(nlp):
    """Regressions, from reading BBC banks: "When have the Tigers also booked their place? —
    last eight", "How long did warriors collect their first Triple Crown? — 29 years", and
    "Where is the governmental Chilean Copper Commission? — Cochilco"."""
    question = quizgen.ask("The warriors collected their first Triple Crown in 29 years.",
                           "29 years", nlp=nlp)
    assert not question.startswith(("How long", "In how many")), question
    question = quizgen.ask("Ann Lee works for the governmental Chilean Copper Commission, "
                           "Cochilco, in Santiago.", "Cochilco", nlp=nlp)
    assert not question.startswith("Where"), question
    bank = quizgen.extract("The Tigers have also booked their place in the last eight of the "
                           "European Cup.", "round.txt", nlp=nlp, per_100_words=100)
    assert "last eight" not in {q.answer for q in bank.questions}


def test_a_hyphened_word_is_not_torn_and_a_piece_of_a_title_is_not_asked_in_place(nlp):
    """Regressions, from reading BBC banks: "Recent years have seen a less- adaptation of …"
    (pruning tore "less-than-successful"), "What has seen …? — Recent years", and "The success
    of Pirates of what must surely herald a comeback?"."""
    from quizgen.extractor.questions import clause_tokens

    doc = nlp("Recent years have seen a less-than-successful adaptation of the old puppet show, "
              "filmed by the BBC in Leeds with a cast of thousands.")
    kept = clause_tokens(doc[3], {next(t.i for t in doc if t.text == "BBC")}, 3)
    assert "less - than - successful" in " ".join(t.text for t in kept)
    text = ("Recent years have seen a less-than-successful adaptation of the 1960s puppet show "
            "Thunderbirds. The success of Pirates of the Caribbean must surely herald a comeback "
            "for the genre.")
    bank = quizgen.extract(text, "remakes.txt", nlp=nlp, per_100_words=100)
    assert "Recent years" not in {q.answer for q in bank.questions}
    from quizgen.extractor import _askable_in_place

    doc = nlp("The success of Pirates of the Caribbean must surely herald a comeback.")
    assert not _askable_in_place(doc[6:7])  # "Caribbean"
    assert _askable_in_place(doc[11:12])  # "comeback"


def test_a_noun_whose_content_follows_for_and_a_movements_name_are_asked_right(nlp):
    """Regressions, from reading BBC banks: "What did David Davis warn of? — potential" (of
    "the potential for abuse"), and "Opus Dei" of "the Catholic movement Opus Dei" as a
    person."""
    from quizgen.extractor.questions import entity_label

    bank = quizgen.extract("Mr Davis warned of the potential for abuse of the new powers.",
                           "powers.txt", nlp=nlp, per_100_words=100)
    assert "potential" not in {q.answer for q in bank.questions}
    doc = nlp("The minister received support from the Catholic movement Opus Dei.")
    name = next(e for e in doc.ents if e.text == "Opus Dei")
    assert name.label_ == "PERSON"  # what the recogniser says, and quizgen corrects
    assert entity_label(name) != "PERSON"


def test_no_wh_word_moves_out_of_a_with_aside_and_a_parties_plural_is_no_person(nlp):
    """Regressions, from reading BBC banks: "How many of the 140,000 confirmed deaths was
    Indonesia … worst affected by the tsunami, with so far?", "Lib Dems" as a wrong option for
    a person, and "the first leg" with the options "first arm", "first hand"."""
    from quizgen.extractor.questions import written_as_no_person

    question = quizgen.ask("Indonesia was the country worst affected by the tsunami, with 94,000 "
                           "of the 140,000 confirmed deaths so far.", "94,000", nlp=nlp)
    assert not question.startswith("How many"), question
    assert written_as_no_person("Lib Dems", "Lib Dem leader Ann Lee said the Lib Dems would win.")
    assert not written_as_no_person("Serena Williams", "Serena Williams beat Prince William.")
    assert not written_as_no_person("Ann Lee's", "Ann Lee's late charge failed.")
    text = ("Chelsea manager Jose Mourinho is relishing the first leg of the tie in the last 16 at "
            "the Nou Camp.")
    bank = quizgen.extract(text, "tie.txt", nlp=nlp, per_100_words=100)
    legs = [q for q in bank.questions if q.answer.startswith("first leg")]
    assert legs and all(re.search(r" leg\b", c) for c in legs[0].choices), \
        [q.choices for q in legs]


def test_a_list_of_two_people_a_clock_time_and_a_past_period_are_asked_right(nlp):
    """Regressions, from reading BBC banks: "Who is Justin Henin-Hardenne and runner-up? — Kim
    Clijsters", "By how many were Carnival's shares down …? — 1300" (of "At 1300 GMT"), and
    "When were 200 million tracks bought online? — 12 months" (of "in the past 12 months")."""
    question = quizgen.ask("It comes as a blow to the draw as last year's champion, Ann "
                           "Lee-Hale, and runner-up, Jo Parks, will also be absent.", "Jo Parks",
                           nlp=nlp)
    assert not question.startswith("Who is"), question
    text = ("At 1300 GMT, Carnival's shares in London were down a single penny at £32.26. In "
            "the past 12 months 200 million tracks were bought online in the US and Europe.")
    bank = quizgen.extract(text, "times.txt", nlp=nlp, per_100_words=100)
    assert bank.questions
    assert not {"1300", "GMT", "12 months"} & {q.answer for q in bank.questions}
    question = quizgen.ask("In the past 12 months 200 million tracks were bought online in the "
                           "US and Europe.", "12 months", nlp=nlp)
    assert not question.startswith(("In how many", "When")), question


def test_a_report_keeps_what_was_reported(nlp):
    """Regression, from reading BBC banks: "When was Israeli industry minister Ehud Olmert
    reported? — June" of "… was reported in June to have attended a meeting …"."""
    text = ("Industry minister Tom Hale was reported in June to have attended a meeting with the "
            "firm's bosses in Leeds.")
    bank = quizgen.extract(text, "report.txt", nlp=nlp, per_100_words=100)
    assert not any(q.question.endswith("reported?") for q in bank.questions), \
        [q.question for q in bank.questions]


def test_nothing_is_asked_out_of_a_question_inside_a_sentence(nlp):
    """Regression, from reading BBC banks: "When were details of how many anti-social behaviour
    orders used are also being published?" and the blank "What mood {{c1::France}} will be in
    …": a question inside a sentence ("what mood …", "how many …") is no statement."""
    from quizgen.extractor.questions import form

    doc = nlp("Nobody knows what mood the visitors will be in at Marsh Park on 14 May.")
    assert form(doc[:], doc[13:15]) is None  # "14 May"
    text = ("Nobody knows what mood the visitors will be in at Marsh Park on 14 May after "
            "their heavy defeat in the first leg of the county cup final. Details of how many "
            "tickets the club sold in the last week for the final at Marsh Park are also "
            "being released by the club today.")
    bank = quizgen.extract(text, "moods.txt", nlp=nlp, per_100_words=100)
    for q in bank.questions:
        assert not re.match(r"(what mood|how many tickets)", q.question, re.I), q.question
        assert not re.search(r"\b(how many|what mood)\b.*\b(when|where|what|who)\b",
                             q.question, re.I), q.question


def test_an_answer_asked_in_place_keeps_the_subject_it_shares(nlp):
    """Regression, from reading BBC banks: "Last clinched a Grand Slam when?" of "But they
    have not won the title since 1985 and last clinched a Grand Slam in 1948", where "they"
    could not be named: the question lost its subject, and so its sense."""
    from quizgen.extractor.questions import ask_in_place

    doc = nlp("But they have not won the cup since 1985 and last lifted the trophy in 1948.")
    answer = next(e for e in doc.ents if e.text == "1948")
    assert ask_in_place(doc[:], answer).text == "They last lifted the trophy when?"


def test_he_is_never_the_person_named_after_him_in_his_clause(nlp):
    """Regression, from reading BBC banks: "And he had words with Hewitt during …" was asked
    "During how many changes of ends … did Lleyton Hewitt have words with Hewitt?": "he" went
    to the last person named, whom the same sentence names as the other one."""
    text = ("Home favourite Tom Hale came through a long five-set battle with Sam Reed to reach "
            "the semi-finals of the Northern Open. The Scot had angered the crowd before the "
            "match by saying Hale's loud celebrations were bad for the game. And he had words "
            "with Hale during one change of ends in the second set when the two players "
            "brushed shoulders at the net.")
    for q in _questions(text, nlp, 100):
        assert not re.search(r"Hale .*words with Hale", q.question), q.question


def test_pruning_keeps_an_adjective_with_the_noun_the_parser_made_a_clause(nlp):
    """Regression, from reading BBC banks: "Who made a triumphant return to competitive?": the
    parser took "competitive" for the noun and "running with victory …" for a clause of its
    own, and pruning dropped the clause."""
    from quizgen.extractor.questions import prune

    doc = nlp("Anna Berg made a triumphant return to competitive running with victory in the "
              "Leeds Marathon.")
    assert doc[7].pos_ == "ADJ" and doc[8].dep_ == "acl"  # the parse this guards against
    kept = " ".join(t.text for t in prune(list(doc), doc[2], {0, 1}, 5))
    assert "competitive running" in kept or "competitive" not in kept, kept


def test_a_name_after_a_role_is_a_person(nlp):
    """Regression, from reading BBC banks: "What also branded the Tory plans as fantasy
    economics? — Vince Cable": the recogniser took the name after "spokesman" for a firm."""
    text = ("The council has defended its plans to cut spending on parks by £2m next year. "
            "Labour finance spokesman Ivor Cable also branded the council plans as \"fantasy "
            "accounting\". The budget will be put to a vote of all members on Tuesday.")
    doc = nlp("Labour finance spokesman Ivor Cable also branded the plans.")
    assert [e.label_ for e in doc.ents if e.text == "Ivor Cable"] == ["ORG"]  # the parse
    bank = quizgen.extract(text, "council.txt", nlp=nlp, per_100_words=100)
    asked = [q for q in bank.questions if q.answer == "Ivor Cable"]
    assert asked
    for q in asked:
        assert q.question.startswith("Who "), q.question


def test_a_name_in_a_list_the_parser_lost_is_no_answer(nlp):
    """Regression, from reading BBC banks: of "Norway, Chile, Kenya, Peru, the Philippines and
    Canada want …" the parser made no list, and "What wants …? — Norway" offered Chile, also
    right; and the aside's "%" was left behind ("… to be capped%?")."""
    from quizgen.extractor import _comma_list_size

    text = ("Norway, Chile, Kenya, Peru, the Philippines and Canada want the shared fishing "
            "budget of the ocean council to be capped at 2% of the members' combined yearly "
            "catch value - the fishing board wants it to be 3.75%. The council meets in Lima "
            "next week.")
    for q in _questions(text, nlp, 100):
        assert q.answer not in ("Norway", "Chile", "Kenya", "Peru", "Philippines", "Canada")
        assert not re.search(r"[a-z]%", q.question), q.question
    doc = nlp("They met in Ankara, Turkey. The tour visits Paris, Rome and Madrid.")
    sizes = {e.text: _comma_list_size(e) for e in doc.ents}
    assert sizes["Ankara"] == sizes["Turkey"] == 1  # a place and its country
    assert sizes["Paris"] == sizes["Rome"] == sizes["Madrid"] == 3


def test_no_question_of_this_or_of_a_part_without_its_whole(nlp):
    """Regression, from reading BBC banks: "This compares with $1.354 to the euro in late
    trading in what on Friday?" (what "this" is, only the sentence before says) and "Who said
    exclusion orders are one?" (pruning cut "one of a series of measures")."""
    text = ("The pound fell to a new low against the yen on Monday, trading at 150.2 yen in "
            "London. This compares with 152.4 yen in late trading in Tokyo on Friday. Ann Cole "
            "said parking fines are one of a series of measures being considered in the new "
            "council campaign against litter.")
    for q in _questions(text, nlp, 100):
        assert not q.question.startswith("This "), q.question
        assert not re.search(r"\bare one\?", q.question), q.question


def test_a_band_named_like_a_person_keeps_its_name_and_gets_no_people_as_options(nlp):
    """Regression, from reading BBC banks: "… associated with bands like Talking Ferdinand …"
    (false): the recogniser took the band Talking Heads for a person, "Talking" was cut off as
    a verb, and the surname of a person of the article was put in for "Heads"."""
    text = ("Harbour Lights, the four-piece from Kestrel Bay, have released their second album. "
            "Singer Mara Quinn and drummer Joe Pike met at art school in 2001. With a bright, "
            "jangly sound once associated with bands like Talking Heads, they found a style "
            "that had been out of fashion for years. Mara Quinn wrote most of the songs in a "
            "caravan by the sea.")
    from quizgen.extractor import _PronounResolver, _trim

    doc = nlp(text)
    band = next(e for e in doc.ents if e.text == "Talking Heads")
    assert band.label_ == "PERSON"  # what the recogniser makes of it
    assert _trim(band).text == "Talking Heads"
    assert _PronounResolver([doc]).label(_trim(band)) != "PERSON"
    for seed in range(4):
        bank = quizgen.extract(text, "band.txt", nlp=nlp, per_100_words=100, seed=seed)
        for q in bank.questions:
            assert "Talking Quinn" not in q.question and "Talking Pike" not in q.question
            assert not re.search(r"bands like (Mara Quinn|Joe Pike|Quinn|Pike)", q.question), \
                q.question


def test_no_question_loses_what_its_words_need(nlp):
    """Regressions, from reading BBC banks: a blank across a quote mark ('"Plays for
    {{c1::Sure" program}}'); "What was Apple's iTunes service? — perfect example" (of what);
    "What was the reports that …? — main concern" (whose); "What does the firms thwart?" (the
    verb of "a system that … thwarts", joined by the parser to the firms' verb); "The locks on
    digital files were done." (what for); "Freeview was popular than …?" (its "more")."""
    from quizgen.extractor.questions import prune

    text = ("The banks want to build a system that lets customers pay by phone but also blocks "
            "card fraud. Initiatives such as the council's \"Sail for Less\" scheme could help "
            "bring back passengers. The old Harbour Card was a good example of this, said Ann "
            "Cole. Tom Hale's main worry was the reports that there would be a strike in May. "
            "The charges on harbour berths were raised to pay for the new sea wall. Ann Cole "
            "said the charges on harbour berths were done to raise the cash that the harbour "
            "trust needs for its repairs.")
    for q in _questions(text, nlp, 100):
        assert q.answer.count('"') % 2 == 0, q.answer
        assert "example" not in q.answer and "worry" not in q.answer, q.question
        assert not re.search(r"banks blocks|does the banks", q.question), q.question
        assert not q.question.endswith("were done."), q.question
    doc = nlp("Freeview was more popular than the cable service, with five times as many people "
              "signing up.")
    assert "more popular" in " ".join(t.text for t in prune(list(doc), doc[1], {0}, 3))


def test_a_comparison_that_opens_a_sentence_is_no_fact(nlp):
    """Regression, from reading BBC banks: "Like what isn't Mr Howard really finished yet? —
    Australian namesake"."""
    from quizgen.extractor.questions import form

    doc = nlp("Like his Canadian namesake, Mr Hale is not really finished yet.")
    assert form(doc[:], doc[2:4]) is None


def test_no_question_of_a_name_the_parser_made_head_of_a_possessive(nlp):
    """Regression, from reading BBC banks: "What will be released on 11 March? — Commission"
    of "The Commission for Africa's report will be released …": the report is released; the
    parser hung the subject on "Commission". And "tHE SHOW" for a heading's "THE SHOW"."""
    from quizgen.extractor.questions import subject_text_of

    text = ("The Council for Rivers's report will be published on 11 March, the minister has "
            "said. The report looks at floods in the north of the county since 1990.")
    for q in _questions(text, nlp, 100):
        assert not (q.answer == "Council" and q.type == "short"), q.question
    doc = nlp("THE SHOW went on during the war.")
    assert subject_text_of(list(doc[0:2])) == "the SHOW"


def test_a_name_cut_at_a_particle_is_one_name(nlp):
    """Regression, from reading a SQuAD-style bank: "What received patents in 1606? —
    Beaumont": the recogniser cut "Jerónimo de Ayanz y Beaumont" at "y"."""
    doc = nlp("The Spanish engineer Luis de Ocampo y Sandoval built the dam in 1610 for Ann Lee.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [
        "Luis de Ocampo y Sandoval", "Ann Lee"]


def test_no_half_of_a_range_nor_today_is_an_answer(nlp):
    """Regressions, from reading a SQuAD-style bank: "Between when did Downtown Fresno
    flourish? — Between the 1880s" (of "between the 1880s and World War II") and "When was a
    separate company known? — today"."""
    text = ("Between the 1890s and World War I, the old harbour town flourished, filled with "
            "fishing boats and busy markets. In 1976 the harbour bank was renamed and spun off "
            "into a separate company known today as Sea Trust. The town is about 40 miles north "
            "of Leeds.")
    bank = quizgen.extract(text, "harbour.txt", nlp=nlp, per_100_words=100)
    assert bank.questions
    answers = {q.answer for q in bank.questions}
    assert not {"Between the 1890s", "today"} & answers, answers
    assert quizgen.ask("The town is about 40 miles north of Leeds.", "40 miles", nlp=nlp) == \
        "How far north of Leeds is the town?"


def test_he_inside_a_clause_of_who_is_the_one_who_stands_for(nlp):
    """Regression, from reading BBC banks: "One is a Jamaican who joined British troops …
    when Tudor England settles in London": "he" went to the last name before (a book's title,
    which the recogniser took for a person), not to the Jamaican "who" stands for."""
    from quizgen.extractor import _PronounResolver

    doc = nlp("Tom Hale wrote the book. One of its heroes is a sailor who joined the navy in "
              "1940 but finds life hard on shore when he settles in Leeds.")
    he = next(t for t in doc if t.lower_ == "he")
    assert _PronounResolver([doc])(he) is None  # not Tom Hale


def test_pruning_keeps_what_a_first_or_a_largest_is_of(nlp):
    """Regression, from reading BBC banks: "What is the third large European bank? — ABN Amro"
    lost "to announce cutbacks": third of what, the phrase says."""
    from quizgen.extractor.questions import prune

    doc = nlp("Harbour Bank is the third large European bank to announce cutbacks in the past "
              "month following the closure of two branches in Leeds.")
    kept = " ".join(t.text for t in prune(list(doc), doc[2], {0, 1}, 8))
    assert "bank to announce cutbacks" in kept, kept


def test_a_noun_keeps_the_short_of_phrase_that_says_which_one_it_is(nlp):
    """Regression, from the SQuAD recall analysis: "the governing body" was asked without "of
    the rowing league", and "the abuse" without "of a dominant position" — half an answer
    that human-written questions never ask for. "A lot of" is an amount: its noun is asked."""
    text = ("The coach criticised the governing body of the rowing league for its late "
            "decision. The court ruled that the firm was guilty of the abuse of a dominant "
            "position in the market. The new captain talks with a lot of sense about the "
            "season ahead.")
    answers = _answers(text, nlp, 80)
    assert "governing body of the rowing league" in answers, answers
    assert "governing body" not in answers and "lot of sense" not in answers, answers
    # "a maximum of £2,500" is an amount: the sum is the answer, not "maximum (of £2,500)"
    text = "Shops that break the rule will face fines up to a maximum of £2,500 from the council."
    answers = _answers(text, nlp, 100)
    assert "£2,500" in answers and not any(a.startswith("maximum") for a in answers), answers


def test_a_person_asked_in_place_after_a_preposition_is_whom(nlp):
    """Regression, from the SQuAD answer-aware questions: "… lit during a talk by who?"."""
    assert quizgen.ask("The old reading room was the first public hall to be lit during a "
                       "talk by Mary Stone.", "Mary Stone") == \
        "The old reading room was the first public hall to be lit during a talk by whom?"


def test_a_sum_moved_out_of_a_phrase_takes_its_million_along(nlp):
    """Regression, from reading BBC banks: "How much did Google make a net profit of m …?" —
    the parser hung the "m" of "$52m" beside the number, and it stayed behind."""
    assert quizgen.ask("The bakery said it made a profit of $3m in the last three months.",
                       "$3m", nlp=nlp) == \
        "How large a profit did the bakery make in the last three months?"


def test_a_size_asked_of_a_noun_takes_its_article_and_no_average_is_a_thing(nlp):
    """Regression, from reading BBC banks: "How large a average are the prices dropping every
    year …? — 20%"."""
    assert quizgen.ask("The bakery reported an increase of 12% in its sales.", "12%",
                       nlp=nlp) == "How large an increase did the bakery report?"
    assert not quizgen.ask("Bread prices are rising an average of 4% every year.", "4%",
                           nlp=nlp).startswith("How large")


def test_a_film_named_like_a_person_is_asked_with_what_and_a_fronted_phrase_keeps_its_comma(nlp):
    """Regressions, from reading BBC banks: "Who tells the story of a young mum? — Wasp", a
    film the article calls "drama Wasp"; and "Set in her native Dartford Wasp tells …", a cloze
    that lost the comma after its fronted phrase."""
    text = ("Ann Rowe's gritty drama Kestrel won the prize on Sunday. Set in her native town of "
            "Dunmore, Kestrel tells the story of a young mother, who, unable to find a "
            "babysitter, leaves her four young sons outside a shop while she meets a friend.")
    bank = quizgen.extract(text, "film.txt", nlp=nlp, per_100_words=100)
    kestrel = [q.question for q in bank.questions if q.answer == "Kestrel"]
    assert kestrel and not any(q.startswith("Who") for q in kestrel), kestrel
    cloze = [q.question for q in bank.questions if q.type == "cloze" and "Set in" in q.question]
    assert cloze and all(re.search(r"Dunmore(}})?, Kestrel", q) for q in cloze), cloze


def test_a_time_word_in_a_titles_capitals_is_no_date(nlp):
    """Regression, from reading BBC banks: "When are Duran Duran promoting the album's second
    single? — Tomorrow", the last word of the single's title "What Happens Tomorrow"."""
    text = ("The band are promoting the album's second single, What Happens Tomorrow. The tour "
            "starts in Leeds and ends on Friday.")
    answers = _answers(text, nlp, 100)
    assert "Friday" in answers and "Tomorrow" not in answers, answers


def test_a_deadline_a_plural_group_and_a_time_that_is_asked_about_read_right(nlp):
    """Regressions, from reading BBC banks: "What could find a vaccine? — 2012" of "could be
    found by 2012"; "Brown / Dems / Howard" as people, where the article says "the Lib Dems";
    "… continue doing so over when?"; and "Whatever that outcome, when is set to be …? —
    2005"."""
    from quizgen.extractor.questions import written_as_no_person

    assert quizgen.ask("The doctor predicted a cure could be found by 2031 if the funding "
                       "doubled.", "2031", nlp=nlp) == \
        "According to the doctor, by when could a cure be found?"  # (a prediction is the
    # doctor's to make)
    assert written_as_no_person("Lib Dems", "Later the Lib Dems branded it a plaster.")
    assert not written_as_no_person("Tom Hughes", "Later Tom Hughes branded it a plaster.")
    question = quizgen.ask("The harbour had grown for ten years, he said, and was forecast to "
                           "keep doing so over the next year.", "next year", nlp=nlp)
    assert "over when" not in question and question.endswith("when?"), question
    question = quizgen.ask("Whatever that outcome, 2031 is set to be a far livelier race than "
                           "the last one.", "2031", nlp=nlp)
    assert "what year is set to be" in question, question


def test_a_bare_plural_thing_is_an_answer_and_a_description_goes_with_the_noun_before_it(nlp):
    """Regressions, from the SQuAD recall analysis: "colloblasts", "tentacles" and "lobes"
    were never answers, since a bare plural was taken to name no one in particular (which is
    true of people, "officials", of what a clause is about, "relations have improved", and
    of what is done, "the public wants results");
    and "What are the leaves of the sundew? — tiny hairs", an apposition the parser hung on
    the subject instead of on the noun before its comma."""
    from quizgen.extractor import _is_trivial

    text = ("The leaves of the sundew are covered with trichomes, tiny hairs that trap insects. "
            "Officials said the glasshouse would reopen in May. Relations with the garden's "
            "owners have since improved markedly.")
    answers = _answers(text, nlp, 100)
    assert "trichomes" in answers, answers
    assert not {"Officials", "Relations", "owners", "results"} & set(answers), answers
    assert quizgen.ask(text, "tiny hairs", nlp=nlp) == "What are trichomes?"
    doc = nlp("The struggling club badly needs results.")
    assert _is_trivial(doc[5:6], set())  # "results"


def test_a_bare_noun_after_a_preposition_is_an_answer_unless_the_two_are_a_fixed_phrase(nlp):
    """Regression, from the SQuAD recall analysis: "formed from water" never gave "water", as
    every bare noun after a preposition was taken for an idiom like "in turn" or "at risk" —
    which still give no answer, nor does "risk of collapse"."""
    text = ("In the leaf, singlet oxygen is formed from water during photosynthesis. The "
            "rangers, in turn, keep visitors away from the ice, which is at risk of collapse.")
    answers = _answers(text, nlp, 100)
    assert "water" in answers, answers
    assert not {"turn", "risk", "risk of collapse"} & set(answers), answers


def test_no_answer_is_asked_in_place_after_its_possessor_a_bare_that_a_verb_or_a_lost_object(nlp):
    """Regressions, from reading BBC banks: "Google's what means demand will hold?", "That is
    despite the opening game taking place … in what?", and "For what does facing 8% fewer
    consumers by mean …?", where the parser gave the "2050" of "by 2050" to "means"."""
    from spacy.tokens import Doc

    from quizgen.extractor import _askable_in_place
    from quizgen.extractor.questions import strands_a_preposition

    def span(text: str, answer: str):
        doc = nlp(text)
        start = text.index(answer)
        return doc.char_span(start, start + len(answer))

    assert not _askable_in_place(span("That is despite the opening game taking place amid the "
                                      "red-hot atmosphere in Cardiff.", "Cardiff"))
    assert not _askable_in_place(span("The bakery's good performance means demand will hold.",
                                      "good performance"))
    assert _askable_in_place(span("Shares in the bakery rose sharply in the spring.", "spring"))
    # nor where the question would open with the verb of a clause that is the subject
    assert not _askable_in_place(span("Facing fewer customers means slower growth for the "
                                      "bakery in Leeds.", "Leeds"))
    # the parse as the parser made it: "2050" hung on "means", "by" left with no object
    words = ["facing", "fewer", "consumers", "by", "2050", "means", "slumping", "sales"]
    parsed = Doc(nlp.vocab, words=words, heads=[5, 2, 0, 0, 5, 5, 5, 6],
                 deps=["csubj", "amod", "dobj", "prep", "nummod", "ROOT", "xcomp", "dobj"],
                 pos=["VERB", "ADJ", "NOUN", "ADP", "NUM", "VERB", "VERB", "NOUN"])
    assert strands_a_preposition(parsed[5])
    parsed = Doc(nlp.vocab, words=words, heads=[5, 2, 0, 0, 3, 5, 5, 6],
                 deps=["csubj", "amod", "dobj", "prep", "pobj", "ROOT", "xcomp", "dobj"],
                 pos=["VERB", "ADJ", "NOUN", "ADP", "NUM", "VERB", "VERB", "NOUN"])
    assert not strands_a_preposition(parsed[5])


def test_fixed_phrases_places_in_things_people_and_linking_words_read_right(nlp):
    """Regressions, from reading BBC banks: "what were exemptions needed to take into …? —
    account", "… put Ms Blears' comments into? — context", "What is the head of the agency
    still at? — helm of the troubled organisation", "What will also be an executive producer?
    — widow of Ian Curtis", "What did that distribute fake keys, just to catch?" ("it" taken
    for the "that" the parser made a subject), and "What will Robinson be … as? — intensity
    of rugby", where "as the intensity of rugby hits players" was parsed with "hits" having
    no subject."""
    from spacy.tokens import Doc

    from quizgen.extractor import _previous_subject_of
    from quizgen.extractor.questions import subject_of_the_next_verb

    text = ("The board said the savings were needed to take into account the cost of new "
            "ovens. The spokesman urged staff to put the remarks into context. Manager Jo Hale "
            "is still at the helm of the struggling bakery.")
    answers = _answers(text, nlp, 100)
    assert "cost of new ovens" in answers and "struggling bakery" in answers, answers
    assert not {"account", "context", "helm of the struggling bakery"} & set(answers), answers
    assert quizgen.ask("The widow of the founder will also be a director.",
                       "The widow of the founder", nlp=nlp).startswith("Who ")
    # "said that rumours that it distributed keys …", with "rumours" read as a verb
    words = ["said", "that", "rumours", "that", "it", "distributed", "keys"]
    parsed = Doc(nlp.vocab, words=words, heads=[0, 2, 0, 5, 5, 2, 5],
                 deps=["ROOT", "nsubj", "ccomp", "mark", "nsubj", "ccomp", "dobj"],
                 tags=["VBD", "IN", "VBZ", "IN", "PRP", "VBD", "NNS"],
                 pos=["VERB", "SCONJ", "VERB", "SCONJ", "PRON", "VERB", "NOUN"])
    assert _previous_subject_of(parsed[4]) is None
    words = ["he", "rested", "players", "as", "the", "intensity", "hits", "them"]
    parsed = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 1, 5, 3, 1, 6],
                 deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "advcl", "dobj"],
                 tags=["PRP", "VBD", "NNS", "IN", "DT", "NN", "VBZ", "PRP"],
                 pos=["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN", "VERB", "PRON"],
                 sent_starts=[True, False, False, False, False, False, False, False])
    assert subject_of_the_next_verb(parsed[5]) and not subject_of_the_next_verb(parsed[2])


def test_a_sum_asked_about_leaves_no_piece_of_its_bracketed_other_currency(nlp):
    """Regression, from reading BBC banks: "How much did the movie take m?" of "which took
    $31.8m (£16.9m)", where the parser hung the bracket's "m" on the verb."""
    assert quizgen.ask("Ann Lee plays a doctor with worries of her own in the film, which took "
                       "$31.8m (£16.9m).", "$31.8m", nlp=nlp) == "How much did the film take?"


def test_a_name_after_what_it_is_keeps_the_case_of_common_words_and_is_never_a_crowd(nlp):
    """Regressions, from reading BBC banks: "Which Luxury goods group has sold …?" of a
    sentence that opens with "Luxury goods group LVMH", and "Which crowd was in the toilet? —
    Skinner" of "informed the crowd Skinner was in the toilet"."""
    assert quizgen.ask("Luxury goods group LVMH has sold its loss-making shoe label to a US "
                       "investment group.", "LVMH", nlp=nlp) == \
        "Which luxury goods group has sold its loss-making shoe label to a US investment group?"
    assert not quizgen.ask("A bandmate informed the crowd Tom Skinner was in the toilet.",
                           "Tom Skinner", nlp=nlp).startswith("Which crowd")


def test_a_time_compared_with_is_not_asked_in_place_as_a_when(nlp):
    """Regression, from reading BBC banks: "… with figures for the weekend greater when? — last
    year" of "greater than last year"."""
    from quizgen.extractor import _askable_in_place

    doc = nlp("The trend continued, with takings for the holiday weekend far greater than last "
              "year.")
    start = doc.text.index("last year")
    assert not _askable_in_place(doc.char_span(start, start + len("last year")))


def test_a_film_maker_is_a_person_and_a_toy_maker_a_firm(nlp):
    """Regression, from reading BBC banks: "What says black representation is stronger …? —
    Spike Lee", whom the article calls "Film-maker Spike Lee": "maker" read as a firm's."""
    from quizgen.extractor.questions import written_as_no_person

    assert not written_as_no_person("Ann Rowe", "Film-maker Ann Rowe says so.")
    assert written_as_no_person("Koda", "Toy maker Koda says so.")


def test_a_means_a_whether_clause_a_product_and_a_plural_complement_read_right(nlp):
    """Regressions, from reading BBC banks: "What can achieve these habits? — criminal means"
    of "can be achieved by criminal means"; "What not has given permission?" of "whether or
    not the publisher has given permission"; "Who allowed Microsoft to link …? — Smart Tags",
    which the article calls "the Smart Tags feature"; and "What is big names in the computer
    industry?" of "The backers of the processor are big names …"."""
    from quizgen.extractor.questions import in_embedded_question, written_as_no_person

    assert quizgen.ask("Funding these habits can be achieved by criminal means.",
                       "criminal means", nlp=nlp) == "How can funding these habits be achieved?"
    doc = nlp("The tool adds a link whether or not the owner of the page has given permission.")
    assert in_embedded_question(next(t for t in doc if t.text == "given"))
    assert written_as_no_person("Quick Tabs", "It was compared to the Quick Tabs feature.")
    assert quizgen.ask("The backers of the chip are big names in the computer industry.",
                       "The backers of the chip", nlp=nlp) == \
        "What are big names in the computer industry?"


def test_an_age_after_aged_is_asked_at_what_age(nlp):
    """Regression, from reading BBC banks: "When has … Cyril Fletcher died aged at his home in
    Guernsey? — 91"."""
    assert quizgen.ask("The veteran broadcaster Tom Hale has died aged 91 at his home in Leeds.",
                       "91", nlp=nlp) == \
        "At what age has the veteran broadcaster Tom Hale died at his home in Leeds?"


def test_no_title_is_joined_to_another_person_or_a_piece_of_the_sentence(nlp):
    """Regressions, from reading BBC banks: "Who is the Knight and drum 'n bass star? — Roni
    Size" of "Knight and drum 'n' bass star Roni Size have released …", and "Who is the and in
    pack Neath-Swansea Ospreys forward?" of "And in the pack … forward Ryan Jones is …"; but a
    title with "and" in it stays one."""
    from quizgen.extractor.questions import title_of

    def title(text: str, name: str) -> str:
        doc = nlp(text)
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        return " ".join(t.text for t in title_of(span.root, span))

    assert title("Rowe and drum 'n' bass star Tom Hale have released No Less in a bid to reduce "
                 "knife crime among young people.", "Tom Hale") == ""
    assert title("Tory work and pensions spokesman David Willetts said so.",
                 "David Willetts") == "Tory work and pensions spokesman"


def test_a_number_after_its_noun_is_a_place_in_a_row_not_a_count(nlp):
    """Regression, from reading BBC banks: "How many number did the duet … go in at? — number
    three"."""
    from quizgen.extractor.questions import wh_word

    doc = nlp("Almost Gone, the duet from former band star Tom Hale and Ann Rowe, went in at "
              "number three.")
    start = doc.text.index("number three")
    assert wh_word(doc.char_span(start, start + len("number three")), "CARDINAL") == \
        "what number"
    doc = nlp("The firm employs 40 workers in Leeds.")
    assert wh_word(doc[3:5], "CARDINAL") == "how many workers"


def test_one_who_is_an_editor_is_asked_with_who_whatever_the_recogniser_said(nlp):
    """Regression, from reading BBC banks: "What is the editor of Develop magazine? — Owain
    Bennallack", a name the recogniser took for a firm's."""
    assert quizgen.ask("Owain Trevallick is the editor of Develop magazine.", "Owain Trevallick",
                       nlp=nlp) == "Who is the editor of Develop magazine?"


def test_a_name_keeps_the_first_name_the_recogniser_left_out(nlp):
    """Regression, from reading BBC banks: "Anders {{c1::Igels}}, chief executive of …" — a
    blank after the first name gives the surname away."""
    text = ("Anders Kjellgren, chief executive of Nordic operator Vantel, called it the next big "
            "thing in a speech in Oslo this week. Analysts say the launch was a success.")
    answers = _answers(text, nlp, 100)
    assert "Anders Kjellgren" in answers and "Kjellgren" not in answers, answers


def test_names_run_together_or_cut_by_the_recogniser_are_mended(nlp):
    """Regression, from reading BBC banks: "… to sign the {{c1::Kyoto Protocol, Downing
    Street}} has indicated.", "the Police Federation of England and {{c1::Wales}}", "the
    People's {{c1::Choice Awards}}", "Fantastic {{c1::Four}}", "({{c1::RFID) tags}}" and "Who was
    named top new drama? — Housewives"."""
    text = ("The harbour board is ready to sign the Lisbon Protocol, Downing Street has "
            "indicated. The head of the Law Society of England and Wales, which represents "
            "solicitors, said fees would rise. Nominees for the "
            "People's Choice Awards were picked by a magazine panel. In television categories, "
            "Desperate Housewives was named top new drama and Joey was best new comedy. Lee's "
            "answer, in 1961, was the Fantastic Four - a team of astronauts. Consumers are very "
            "concerned about the use of radio frequency ID (RFID) tags in shops, a survey says.")
    answers = _answers(text, nlp, 100)
    assert {"Lisbon Protocol", "Law Society of England and Wales",
            "People's Choice Awards", "Desperate Housewives"} <= set(answers), answers
    assert not {"Lisbon Protocol, Downing Street", "Wales", "Choice Awards", "Housewives",
                "Four", "RFID) tags"} & set(answers), answers


def test_a_stand_in_for_a_name_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Who delivered a personal best of 6.50m? —
    24-year-old", "What made 26 unforced errors? — American", "Who has capitalised on a craze
    …? — band", "Throughout what has the Australian suffered …? — career", "What did … change
    in June 2004? — mind" and "What did the Swiss 12th seed beat? — American Abigail Spears 7-6
    6-3"."""
    text = ("The 27-year-old delivered a personal best of 8.10m to win the indoor title. The "
            "Canadian made 31 unforced errors in the final. The band has capitalised on a craze "
            "for catchy pop music. The Australian has suffered a host of injuries throughout his "
            "career. He then changed his mind in June 2004. The Swiss 12th seed beat American "
            "Abby Spence 7-6 6-3.")
    answers = _answers(text, nlp, 100)
    assert not {"27-year-old", "Canadian", "band", "career", "mind",
                "American Abby Spence 7-6 6-3"} & set(answers), answers


def test_a_score_is_not_asked_how_many(nlp):
    """Regression, from reading BBC banks: "How many did the 27th seed from Israel stick with
    Williams until in the first set? — 3-3"."""
    questions = _questions("The 27th seed from Haifa stuck with Marsh until 3-3 in the first "
                           "set. Marsh then won the match in an hour.", nlp, 100)
    assert all(q.type == "cloze" for q in questions if q.answer == "3-3"), questions


def test_misparsed_clauses_give_no_question(nlp):
    """Regression, from reading BBC banks: "What stars from across the globe? — Film" (a noun
    read as a verb), "When is Jade Johnson undecided long jump title? — Saturday" (the end of a
    noun phrase hung on the verb), "How many frames could 3GSM display video at?" (a "that"
    clause hung on a name) and "What did the trials involve both Tysabri and Avonex?" (an
    apposition read as a second object)."""
    text = ("Film stars from across the globe are preparing to walk the red carpet at this "
            "year's award ceremony. Tom Hale, chief executive of the ferry firm Kalmar, was "
            "demonstrating one at Harbourfest that could carry 30 cars a trip. The trials "
            "involved both Tysabri and Avonex, Corvex Idec's existing drug.")
    questions = [q.question for q in _questions(text, nlp, 100) if q.type != "cloze"]
    assert not any(q.startswith("What stars") or "Harbourfest" in q or "both Tysabri" in q
                   for q in questions), questions
    from quizgen.extractor.questions import misparsed_clause

    doc = nlp("Jade Marsh is undecided about whether to contest next month's European Indoor "
              "Championships in Madrid despite winning the AAAs long jump title on Saturday.")
    assert misparsed_clause(doc[2])
    assert not misparsed_clause(nlp("They use the wings a lot.")[1])


def test_a_verb_joined_to_a_noun_is_a_misparse(nlp):
    """Regression, from reading BBC banks: "Who said holding elections … might help motivate the
    electorate voter turnout?" — the parser joined "increase" to the noun "electorate"."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import misparsed_clause

    words = ["Ms", "Hart", "said", "late", "trains", "could", "help", "cheer", "the",
             "commuters", "and", "raise", "ticket", "sales", "."]
    heads = [1, 2, 2, 4, 6, 6, 2, 6, 13, 13, 9, 9, 13, 7, 2]
    deps = ["compound", "nsubj", "ROOT", "amod", "nsubj", "aux", "ccomp", "xcomp", "det",
            "nmod", "cc", "conj", "compound", "dobj", "punct"]
    tags = ["NNP", "NNP", "VBD", "JJ", "NNS", "MD", "VB", "VB", "DT", "NNS", "CC", "VB", "NN",
            "NNS", "."]
    pos = ["PROPN", "PROPN", "VERB", "ADJ", "NOUN", "AUX", "VERB", "VERB", "DET", "NOUN",
           "CCONJ", "VERB", "NOUN", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert misparsed_clause(doc[2])
    heads[11], heads[13], deps[9] = 7, 11, "dobj"  # the reading a writer meant
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert not misparsed_clause(doc[2])


def test_a_date_a_unit_ago_keeps_its_a(nlp):
    """Regression, from reading BBC banks: "… from 798m euro a {{c1::year ago}}"."""
    from quizgen.extractor import _trim

    doc = nlp("Sales reached 60m bottles, from 45m bottles a year ago.")
    date = next(e for e in doc.ents if e.label_ == "DATE")
    assert _trim(date).text == "a year ago"
    assert _trim(nlp("The deal was signed a week later.").ents[0]).text == "a week later"


def test_what_a_negated_verb_is_not_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What is the ability to communicate on the go not?
    — only reason" and "What has Jonny Wilkinson not played for?"; a time stays askable."""
    text = ("The ability to text on the move is not the only reason people buy phones. The club "
            "did not sign the striker in January. Johnson has not competed indoors since 2000.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not {"only reason", "striker"} & set(asked), asked
    assert asked.get("2000") == "Since when has Johnson not competed indoors?", asked


def test_a_fronted_clause_means_the_subject_after_it(nlp):
    """Regression, from reading BBC banks: "Outlining Jan Berry's crime manifesto, Mr Howard said
    …" — the "his" of the clause before the subject is the subject's, not the last person's."""
    from quizgen.extractor import _named_after

    doc = nlp("Outlining his crime manifesto, Mr Howard said police commissioners would be more "
              "accountable.")
    assert _named_after(doc[1])
    doc = nlp("His crime manifesto was outlined on Monday.")
    assert not _named_after(doc[0])


def test_a_question_says_whose_his_or_her_is(nlp):
    """Regression, from reading BBC banks: "What percentage of respondents in the Sunday Times
    poll thought his former lover? — 63%"."""
    from quizgen.extractor import _whose_unsaid

    doc = nlp("Some 63% of voters thought his former aide acted badly.")
    assert _whose_unsaid("What percentage of voters thought his former aide acted badly?", doc[:])
    doc = nlp("The 31-year-old won the race in 2002 on her marathon debut.")
    assert not _whose_unsaid("In what year did the 31-year-old win the race on her marathon "
                             "debut?", doc[:])
    assert not _whose_unsaid("Who won the race on her marathon debut?", doc[:])


def test_side_clauses_leave_the_question(nlp):
    """Regression, from reading BBC banks: "Who said local people had too little control over
    policing a far better solution would be?", "What percentage said Mr Blair was a good prime
    minister 38% disagreed?", "When will fuller details be released next year …? — February
    next year", "What does Samsung have too?" and "Who estimates that … is worth?"."""
    assert quizgen.ask(
        "Mr Hale said local people had too little control over planning but a far better answer "
        "would be for elected councillors to draw up a plan with the police.", "Mr Hale",
        nlp=nlp) == "Who said local people had too little control over planning?"
    assert quizgen.ask("Meantime, 41% said Mr Hale was a good mayor and 35% disagreed.", "41%",
                       nlp=nlp) == "What percentage said Mr Hale was a good mayor?"
    assert quizgen.ask("More figures will be published in March next year at a meeting in "
                       "Leeds.", "March next year", nlp=nlp) == \
        "When will more figures be published at a meeting in Leeds?"
    assert quizgen.ask("The Lindell yard has a new ferry too that will be one of those offered "
                       "to towns on the coast.", "a new ferry", nlp=nlp) == \
        "What does the Lindell yard have?"


def test_a_share_of_people_is_no_speaker(nlp):
    """Regression, from reading BBC banks: "According to 41%, who was a good mayor?"."""
    questions = [q.question for q in _questions(
        "Meanwhile, 41% said Mr Hale was a good mayor and 35% disagreed. Mr Hale won the "
        "election in May.", nlp, 100)]
    assert not any(q.startswith("According to 41%") for q in questions), questions


def test_a_which_after_of_a_name_is_not_asked_of_the_name(nlp):
    """Regression, from reading BBC banks: "What percentage of its stock value has Wall Street
    lost in just over a year?" of "the one-time darling of Wall Street, which has lost 80% …"."""
    text = ("The fall is the latest blow for the one-time darling of Fleet Street, which has "
            "lost 60% of its readers in just over a year.")
    questions = [q.question for q in _questions(text, nlp, 100)]
    assert not any("has Fleet Street lost" in q for q in questions), questions


def test_a_sentence_cut_at_a_dash_is_not_asked_about(nlp):
    """Regression, from reading BBC banks: the true/false statement "Kimberly Quinn - acted
    vindictively and 68% that he had been right to resign." of a sentence the splitter cut."""
    from quizgen.extractor import _cut_at_a_dash

    doc = nlp("Some 52% of readers thought his former lover - Nora Vance - acted cruelly.")
    dash = next(t.i for t in doc if t.text == "-")
    assert _cut_at_a_dash(doc[:dash + 1]) and _cut_at_a_dash(doc[dash + 1:])
    assert not _cut_at_a_dash(doc[:]) and not _cut_at_a_dash(nlp("A well-known firm - Vantel - "
                                                                 "grew.")[:])


def test_a_quote_glued_to_a_word_is_set_apart():
    """Regression, from reading BBC banks: `accused the prime minister and Mr Brown of"squabbling
    like schoolboys"` made "What did Tory leader Michael Howard of squabble like?"."""
    from quizgen.extractor.article import normalise

    assert normalise('He accused them of"squabbling like schoolboys".') == \
        'He accused them of "squabbling like schoolboys".'
    assert normalise('He said "no"and left.') == 'He said "no" and left.'


def test_a_possessive_name_before_an_adjective_keeps_its_s(nlp):
    """Regression, from reading BBC banks: the false statement "… both Tysabri and Avonex, Ian
    Hunter existing multiple sclerosis drug." — the answer had taken the "'s" along."""
    from quizgen.extractor import _trim

    doc = nlp("The trials involved Avonex, Corvex Idec's existing drug.")
    name = next(e for e in doc.ents if e.text.startswith("Corvex"))
    assert _trim(name).text == "Corvex Idec"


def test_a_phrase_made_with_a_light_verb_keeps_its_preposition(nlp):
    """Regression, from reading BBC banks: "What should the law be changed to require
    specifically to take account? — family courts"."""
    assert "to take account of the views of tenants" in quizgen.ask(
        "The rules should be changed to require local councils specifically to take account of "
        "the views of tenants in disputed cases.", "local councils", nlp=nlp)


def test_the_commas_around_a_dropped_part_go_with_it(nlp):
    """Regression, from reading BBC banks: "When did Dibaba win to erase the previous world
    indoor mark, in Stuttgart?"."""
    assert quizgen.ask("The prize went to another Kenyan, Paul Rono, in Ghent on Friday.",
                       "Friday", nlp=nlp) == "When did the prize go to another Kenyan in Ghent?"


def test_a_count_leaves_the_aside_of_its_noun_behind(nlp):
    """Regression, from reading BBC banks: "How many Nokia handsets due out soon - the 3230 and
    7710 will Visual Radio functionality be limited to?"."""
    assert quizgen.ask(
        "At first the service will be limited to two Vantel phones due out soon - the V12 and "
        "V15 - but if it sells, other makers will want to join.", "two", nlp=nlp) == \
        "How many Vantel phones due out soon will the service be limited to?"


def test_his_party_is_no_answer(nlp):
    """Regression, from reading BBC banks: "According to Tory leader Michael Howard, what would
    cut £35bn in "wasteful" spending? — party"."""
    answers = _answers("Tory leader Tom Hale has said his party would cut £35bn in wasteful "
                       "spending to allow tax cuts.", nlp, 100)
    assert answers and "party" not in answers, answers


def test_a_clause_opened_by_where_is_not_asked_about(nlp):
    """Regression, from reading BBC banks: "What where needs to be dealt with? — issues of abuse
    or domestic violence", of "…, where talks have broken down or where issues … need to be dealt
    with"."""
    from quizgen.extractor.questions import form

    doc = nlp("The tribunal should only be used as a last resort, where mediation and arbitration "
              "have completely broken down or where claims of fraud or serious misconduct need to "
              "be dealt with.")
    start = next(t.i for t in doc if t.text == "claims")
    assert form(doc[:], doc[start:start + 6]) is None


def test_a_pronoun_after_according_to_takes_its_object_form(nlp):
    """Regression, from reading BBC banks: "According to he, what could not pick?"; the two verbs
    of one predicate stay together ("pick and choose")."""
    assert quizgen.ask("The council could not pick and choose when to use the rules, he said.",
                       "The council", nlp=nlp) == \
        "According to him, what could not pick and choose when to use the rules?"


def test_a_verb_without_an_object_keeps_what_it_is_about(nlp):
    """Regression, from reading BBC banks: "Who said the market would be focusing?" and "…
    focusing on the slump in music sales rather?"."""
    assert quizgen.ask("Paul Reed, an analyst at Numis, said the market would be focusing on the "
                       "slump in music sales rather than the timing of the two albums.",
                       "Paul Reed", nlp=nlp) == \
        "Who said the market would be focusing on the slump in music sales?"


def test_a_clause_alone_that_when_or_where_opens_is_no_sentence(nlp):
    """Regression, from reading BBC banks: "Where {{c1::issues of abuse or domestic violence}}
    need to be dealt with." and questions from "When Kalusha Bwalya played and scored against
    Mauritius."."""
    text = ("When put inside powerful servers, the Cell chip can handle 16 trillion operations "
            "every second. When Tom Hale played and scored against Malta. The courts should "
            "only be used as a last resort, where mediation and arbitration have completely "
            "broken down or where claims of fraud or serious misconduct need to be dealt with.")
    questions = _questions(text, nlp, 100)
    assert not any(q.sentence.startswith("When Tom") or q.question.startswith("Where")
                   for q in questions), [q.question for q in questions]
    assert any(q.question.startswith("When put inside") for q in questions)


def test_a_first_name_alone_is_no_answer(nlp):
    """Regression, from reading BBC banks: "{{c1::Marat}} Safin suffered a shock loss …", where
    the recogniser took the first name for a people's name."""
    answers = _answers("Marat Safin suffered a shock loss to unseeded Nicolas Kiefer in round one "
                       "of the Dubai Tennis Championships. Kiefer won in an hour.", nlp, 100)
    assert answers and "Marat" not in answers, answers


def test_an_agent_of_a_passive_in_progress_is_asked_in_progress(nlp):
    """Regression, from reading BBC banks: "What is developed a rival UWB standard?"."""
    assert quizgen.ask("A rival radio standard is being developed by Vantel and chip firm "
                       "Corvex.", "Vantel and chip firm Corvex", nlp=nlp) == \
        "What is developing a rival radio standard?"


def test_fragments_and_scorer_lines_are_not_asked_about(nlp):
    """Regression, from reading BBC banks: "What could a group of shop stewards … barely
    suppress at Mr Blair's failure to? — anger", "Bramble 35 og, {{c1::Mellor 38}}, Baros 61."
    and "How much was operating profit … 9.5bn kronor against last year? — 6.3bn kronor"."""
    text = ("A group of dockers from the Tyne yard could barely hide their anger at the "
            "minister's failure to. Hale 35 og, Rowe 38, Marsh 61. Profit in the three months to "
            "31 December was 9.5bn kronor against 6.3bn kronor last year. The yard closed in May.")
    questions = _questions(text, nlp, 100)
    assert not any(q.sentence.startswith(("A group", "Hale 35")) for q in questions), questions
    assert not any(q.answer == "6.3bn kronor" and q.type != "cloze" for q in questions), questions


def test_a_role_before_a_name_between_commas_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Who lays the blame for any lack of campaigning zeal
    on one issue above all others? — friend" of "Gordon Brown's friend, Saxon Spence, …"."""
    from quizgen.extractor import _is_trivial

    doc = nlp("The mayor's friend, Ann Rowe, leader of the county group, lays the blame on one "
              "issue above all others.")
    friend = next(t.i for t in doc if t.text == "friend")
    assert _is_trivial(doc[friend:friend + 1], set())
    assert not _is_trivial(nlp("The mayor's friend lays the blame on one issue.")[3:4], set())


def test_a_job_that_opens_the_sentence_is_no_part_of_the_name(nlp):
    """Regression, from reading BBC banks: "Who is to return to screens …? — Comedian Chris
    Morris"."""
    answers = _answers("Comedian Tom Hale, who created the show Dog Days, is to return to screens "
                       "with a new sitcom.", nlp, 100)
    assert "Tom Hale" in answers and "Comedian Tom Hale" not in answers, answers


def test_a_name_the_article_calls_a_comedy_is_no_person(nlp):
    """Regression, from reading BBC banks: "Who will be a character-driven comedy? — Nathan
    Barley"."""
    from quizgen.extractor.questions import no_person_kind

    text = ('Sam Rook will be "a character-driven comedy", its writer says. Tom Hale '
            "is a film director.")
    assert no_person_kind("Sam Rook", text) == "work"
    assert no_person_kind("Tom Hale", text) == ""


def test_a_sentence_that_kept_two_wordings_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who said the title was refers?", from a sentence
    whose copy kept "was" and "refers" both."""
    questions = [q.question for q in _questions(
        "Lund said the name was refers to the silence felt by farmers under the old regime. The "
        "film was shot in Oslo by Lund over two winters. What it is is a love story.", nlp, 100)]
    assert questions and not any("refer" in q or "silence" in q for q in questions), questions


def test_an_answer_keeps_the_name_that_owns_it_when_the_question_drops_it(nlp):
    """Regression, from reading BBC banks: "What will Michael Howard attack? — record", of
    "He will attack Labour's record …": whose record the question no longer says."""
    questions = {q.question: q.answer for q in _questions(
        "Ann Lee is to stand for the council in Hove. She will criticise Plaid's record in "
        "office over issues such as parking. Critics said the sale of the pier was Hove's "
        "biggest mistake.", nlp, 100)}
    assert questions.get("What will Ann Lee criticise?") == "Plaid's record", questions
    assert questions.get("According to critics, what was the sale of the pier?") == \
        "Hove's biggest mistake", questions


def test_a_sentence_whose_subject_lost_its_name_is_not_asked(nlp):
    """Regression, from reading BBC banks: a copy that had lost its runners' names ("Kenyan also
    missed out on …") gave "What also missed out on …? — Kenyan" and "How many races did
    Jamaican stretch her record to?"."""
    questions = [q.question for q in _questions(
        "Jamaican stretched her unbeaten run to 25 races as she won the 200m in Leeds. But fellow "
        "Ethiopian appeared on her shoulder with two laps to go. Kenyans won six medals in Oslo. "
        "Ethiopian Ann Lee took second place in Madrid.", nlp, 100)]
    assert not any("Jamaican" in q or "unbeaten" in q or "laps" in q for q in questions)
    assert "Who took second place in Madrid?" in questions and \
        "Who won six medals in Oslo?" in questions, questions


def test_a_subject_answer_keeps_the_short_phrase_its_question_drops(nlp):
    """Regression, from reading BBC banks: "According to Sher Khan, what would be a significant
    factor …? — war", of "the war in Iraq would be …"."""
    questions = {q.question: q.answer for q in _questions(
        "Tom Hale said the war in the north would be the main issue of the campaign. Hale "
        "leads the council in Leeds. A tense game between Leeds and Hull ended in a draw at "
        "Elland Road.", nlp, 100)}
    # (but not a list, whose names are answers of their own)
    assert questions.get("What ended in a draw at Elland Road?") == "tense game", questions
    assert questions.get("According to Tom Hale, what would be the main issue of the "
                         "campaign?") == "war in the north", questions
    assert questions.get("Who leads the council in Leeds?") == "Hale", questions


def test_a_question_that_says_do_so_is_not_asked(nlp):
    """Regression, from reading BBC banks: "In what year did the party do so? — 2002": what it
    did, only the clause before says."""
    questions = [q.question for q in _questions(
        "In 1998 the union said it would not return to Hove but did so in 2002. About 3,000 "
        "people eligible to vote in Hove are not registered to do so.", nlp, 100)
        if q.type != "cloze"]  # (a blank shows the clause before)
    assert not any(re.search(r"(?<!to )\b(do|did) so\b", q) for q in questions), questions
    # (but "to do so" says what: to vote)
    assert "How many people eligible to vote in Hove are not registered to do so?" in questions


def test_a_title_the_article_gives_two_people_asks_for_neither(nlp):
    """Regression, from reading BBC banks: "Who is the tennis star? — Kim Clijsters", where a
    later paragraph calls her fiancé a "fellow tennis star" too."""
    questions = [q.question for q in _questions(
        "Golf star Ann Lee will make her return from injury at the Leeds event in May.\n\nLee "
        "was due to marry fellow golf star Tom Reed in June, but the pair split in March.\n\n"
        "Tory leader Ian Hale will speak in Leeds. Former Tory leader Jo Park said the plan "
        "would work.", nlp, 100)]
    assert "Who is the golf star?" not in questions, questions
    assert "Who is the Tory leader?" in questions, questions  # (the former is another post)


def test_an_idiom_with_a_possessive_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What has the IRFU thrown behind O'Sullivan? —
    weight" and "What was Eddie O'Sullivan well within? — rights"."""
    answers = _answers("The union has thrown its weight behind Ann Lee, who must be pleased. "
                       "Like Lee, he was well within his rights to complain about the pay deal "
                       "in March.", nlp, 100)
    assert not {"weight", "rights"} & set(answers), answers


def test_a_piece_cut_from_what_it_is_a_piece_of_is_no_answer(nlp):
    """Regression, from reading BBC banks: a lord's "first piece" was an answer, with what it
    was a piece of (his advice) cut off."""
    from quizgen.extractor import _is_trivial

    doc = nlp("Ann Lee renewed her demand for Lord Hale's second piece of written evidence to "
              "be released.")
    lord, second = [t.text for t in doc].index("Lord"), [t.text for t in doc].index("second")
    assert _is_trivial(doc[lord:second + 2], set())  # "Lord Hale's second piece"
    assert not _is_trivial(doc[lord:second + 5], set())  # "… second piece of written evidence"


def test_a_name_the_article_counts_among_films_is_asked_with_what(nlp):
    """Regression, from reading BBC banks: a documentary "among a number of films" was asked
    with "Who …?", with people for its wrong options."""
    assert quizgen.ask("Tommy Kerr is one of the best films about farming screened at the event "
                       "in Ghent.", "Tommy Kerr", nlp=nlp) == \
        "What is one of the best films about farming screened at the event in Ghent?"


def test_a_title_split_by_the_parser_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who is the president of RJ Reynolds Tobacco? —
    Charles A Blixt", its executive vice-president."""
    questions = [q.question for q in _questions(
        "Tom Hale, executive vice-president of Vantel Tobacco, said the ruling was welcome. The "
        "firm will appeal.", nlp, 100)]
    assert not any("the president of" in q for q in questions), questions


def test_an_aside_between_subject_and_verb_leaves_with_its_commas(nlp):
    """Regression, from reading BBC banks: "Who in his ruling, said such laws were aimed at
    putting an end?"."""
    assert quizgen.ask("Judge Tom Hale, in his ruling, said such laws were aimed at putting an "
                       "end to illegal conduct going forward.", "Tom Hale", nlp=nlp) == \
        "Who said such laws were aimed at putting an end to illegal conduct going forward?"


def test_no_question_moves_a_piece_of_a_name_or_a_sum_that_describes(nlp):
    """Regression, from reading BBC banks: "What have US tobacco companies welcomed an appeal
    court's decision to reject? — $280bn" (of "the government's $280bn (£155bn) claim") and
    "What were worldwide futures orders … scheduled for to April 2005? — delivery"."""
    from quizgen.extractor.questions import form

    doc = nlp("US tobacco firms have welcomed an appeal court's decision to reject the "
              "government's $280bn (£155bn) claim for alleged deceit about smoking dangers.")
    start = next(t.i for t in doc if t.text == "$")
    assert form(doc[:], doc[start:start + 2]) is None
    doc = nlp("The firm reported orders for shoes and gear, scheduled for delivery from December "
              "2004 to April 2005, of $4.9bn.")
    assert form(doc[:], doc[11:12]) is None


def test_a_surname_several_people_share_names_none_of_them_alone(nlp):
    """Regression, from reading BBC banks: "In what year did Janie Hendrix die of drug overdose
    at the age of 27?" — "Hendrix was … He died …" meant Jimi, and "Janie Hendrix" was only the
    longest name with that surname."""
    text = ("Tom Vance's father, Al Vance, lived in the house between 1953 and 1956. Ruth Vance, "
            "the singer's stepsister, said the family still hoped a road would be named after "
            'him. "That is what my father wanted," she said. Vance was seen as one of the finest '
            "drummers of his day. He died of an overdose in 1970 at the age of 27.")
    questions = [q.question for q in _questions(text, nlp, 100)]
    assert not any("Ruth Vance die" in q or "Ruth Vance died" in q for q in questions), questions


def test_a_name_written_as_a_sum_or_with_the_is_kept_whole(nlp):
    """Regression, from reading BBC banks: "How much said the newcomer was disloyal …? — 50
    Cent" (with "60 Cent" as an option), "{{c1::50}} Cent's management company" and "Who was
    no longer a member of G-Unit? — Game" (of "The Game")."""
    text = ("In a radio interview on Monday, 40 Pence said the newcomer was disloyal. When 40 "
            "Pence came back on the same station two days later, he said The Kid was no longer a "
            "member of the gang. Police are looking into a shooting in which six bullets were "
            "fired into the door of 40 Pence's office.")
    questions = _questions(text, nlp, 100)
    assert not any(q.answer in ("40", "Pence") or q.question.startswith("How much")
                   for q in questions), [(q.question, q.answer) for q in questions]


def test_a_short_form_in_brackets_is_not_asked_what_the_name_is(nlp):
    """Regression, from reading BBC banks: "What is China's State Environmental Protection
    Agency? — Sepa"."""
    questions = [q.question for q in _questions(
        "Work on the bridge was stopped by Wales's Rural Environment Protection Office (Repo) "
        "last week. The firm said it would appeal.", nlp, 100)]
    assert not any(q.startswith("What is Wales's Rural") for q in questions), questions


def test_a_question_of_the_article_s_own_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What will be required to allow these vehicles to be
    used? — What infrastructure"."""
    from quizgen.extractor import _is_trivial

    doc = nlp("What infrastructure will be required to allow these vehicles to be used.")
    assert _is_trivial(doc[0:2], set())


def test_two_clauses_of_what_is_hoped_are_a_misparse(nlp):
    """Regression, from reading BBC banks: "Who hopes that the selection of Yapp and Dragons lock
    Ian Gough?" — "lock" read as a verb, "will send a message" as a second thing hoped."""
    from quizgen.extractor.questions import misparsed_clause

    doc = nlp("Hale hopes that the selection of Rowe and Dragons lock Ian Marsh - out of the "
              "reckoning since falling out with former coach Steve Hansen - will send a message to "
              "other players in Wales.")
    assert misparsed_clause(doc[1])
    assert not misparsed_clause(nlp("Hale hopes that the selection will send a message.")[1])


def test_an_age_in_words_a_promotion_and_a_stretch_as_subject_are_not_asked(nlp):
    """Regression, from reading BBC banks: "{{c1::Seventeen-year-old}} Stone, from near
    Cullumpton, …", "For the full interview with Mike Tindall tune into this Sunday's Rugby
    Special, 2340 on {{c1::BBC}} Two." and "According to … Deloitte, how long may come to an
    end in 2005 …? — Ten years"."""
    text = ("Seventeen-year-old Rowe, from near Leeds, won two awards at the ceremony. For the "
            "full interview with Tom Hale tune into this Sunday's Rugby Special, 2340 on BBC "
            "Two. Ten years of golden economic performance may come to an end in 2005 with "
            "growth slowing markedly, the consultancy Vantel has warned.")
    questions = _questions(text, nlp, 100)
    assert not any(q.answer == "Seventeen-year-old" or q.sentence.startswith("For the full") or
                   q.question.startswith(("How long", "According to the consultancy Vantel, "
                                                       "how long")) for q in questions), \
        [(q.question, q.answer) for q in questions]


def test_counts_and_times_that_are_no_such_thing_are_not_asked(nlp):
    """Regression, from reading BBC banks: "How long did UK and US co-productions in Britain
    fall from 102 in 2003? — 81 last year", "In what year did … fall from 102 to 81 last year? —
    2003", "How many has the 2003 French Open champion slipped to in the world? — 64" and "In
    what have peace and love been in recent days? — short supply"."""
    text = ("Joint productions in Scotland fell from 102 in 2003 to 81 last year. The 2003 Open "
            "champion has slipped to 64 in the world after a year of illness. Peace and love "
            "have been in short supply in the party in recent days.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not {"81 last year", "2003", "64", "short supply"} & set(asked), asked


def test_a_title_keeps_its_the_and_a_role_named_after_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Shooting of The {{c1::Libertine}} starring Johnny
    Depp …" and "What came out of the closet? — Marvel hero" (of "the Marvel hero,
    Northstar,")."""
    text = ("Filming of The Lodger starring Tom Hale was moved to the Isle of Man. Some years ago "
            "the comic hero, Nightowl, came out of the closet.")
    answers = _answers(text, nlp, 100)
    assert "The Lodger" in answers and not {"Lodger", "comic hero"} & set(answers), answers


def test_whose_its_and_stand_ins_and_races_are_asked_right(nlp):
    """Regression, from reading BBC banks: "What blocked its application for the 21st time? —
    US" (whose application, only the sentence before says), "What was back on record-breaking
    form …? — Russian" and "Kelly Holmes comfortably won the how far …? — 1,000m"."""
    text = ("The US blocked its application for the 21st time in May. The US said it could not "
            "approve the application. The Russian was back on record-breaking form in the pole "
            "vault. Kelly Marsh comfortably won the 1,000m at the Leeds Indoor Grand Prix.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not any(q.startswith("What blocked its") for q in asked.values()) and \
        "Russian" not in asked, asked
    assert asked.get("1,000m", "What").startswith("What"), asked


def test_half_a_range_and_the_possessor_of_a_thing_unsaid_are_not_asked(nlp):
    """Regression, from reading BBC banks: "Between how many euros could passengers claim? —
    between 150" (of "between 150 euros and 300 euros") and "What is Hicham El Guerrouj's
    Olympic double a much bigger achievement than on a global scale? — Kelly" (of "Kelly's")."""
    text = ("Before, travellers could claim between 150 euros and 300 euros if they were refused "
            "a seat. Tom Hale's Olympic double is a much bigger feat than Ann's on a world "
            "scale.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not {"between 150", "Ann"} & set(asked), asked


def test_a_joined_subject_keeps_the_present_and_a_time_ago_is_whole(nlp):
    """Regression, from reading BBC banks: "When did Thanou and Kenteris face a criminal trial? —
    later this year" and "When was the new Mini launched? — Less than four years" (without its
    "ago")."""
    assert quizgen.ask("Thanou and Kenteris face a criminal trial later this year.",
                       "later this year", nlp=nlp) == \
        "When do Thanou and Kenteris face a criminal trial?"
    answers = _answers("The new Mini was launched less than four years ago by the firm. The firm "
                       "makes 100,000 cars a year.", nlp, 100)
    assert "less than four years ago" in answers and "less than four years" not in answers, \
        answers


def test_a_sentence_cut_inside_brackets_and_a_first_in_years_are_not_asked(nlp):
    """Regression, from reading BBC banks: "Who expects better (often with the use of some
    colourful invective)?" of a sentence the splitter cut inside its brackets, and "How long did
    that victory … mark a first defeat in for Zambia …? — 14 years"."""
    text = ("Tom Hale wants more (usually with a few sharp words. The crowd loved it. That win "
            "for Angola also marked a first defeat in 14 years for Zambia at the national "
            "stadium.")
    questions = _questions(text, nlp, 100)
    assert not any(q.sentence.startswith("Tom Hale") or q.answer == "14 years" and
                   q.type != "cloze" for q in questions), [(q.question, q.answer)
                                                           for q in questions]


def test_a_first_word_that_is_no_english_word_keeps_its_capital(nlp):
    """Regression, from reading BBC banks: "How much does activision have a stock market
    capitalisation of …?" of a firm named once, at the start of a sentence, and "what percentage
    did Retail sales drop by …?"; a common noun the lexicon lacks still loses its capital."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import subject_text_of

    def subject(word: str) -> str | None:
        doc = Doc(nlp.vocab, words=[word, "grew", "fast", "."], tags=["NN", "VBD", "RB", "."],
                  sent_starts=[True, False, False, False])
        return subject_text_of([doc[0]])

    assert subject("Zentrova") == "Zentrova"  # the tagger's reading of a firm's name
    assert subject("Gamers") == "gamers"
    assert subject("Research") == "research"
    assert quizgen.ask("Gamers spent about $2bn on consoles last year.", "about $2bn",
                       nlp=nlp) == "How much did gamers spend on consoles last year?"
    # a capital inside a longer name elsewhere makes no name: "the British Retail Consortium"
    assert quizgen.ask("Retail sales dropped by 1% in May. A British Retail Consortium survey "
                       "agreed.", "1%", nlp=nlp) == \
        "By what percentage did retail sales drop in May?"
    assert quizgen.ask("Lord Hale wrote the report. In it, Lord Hale said the rules were "
                       "clear.", "the rules", nlp=nlp).startswith("According to Lord Hale")
    # nor does a quotation's first word: '"Thieves have long memories," he said.'
    assert quizgen.ask('Thieves might try to rob the bank in May, the officer said. He added: '
                       '"Thieves have long memories."', "the bank", nlp=nlp) == \
        "According to the officer, what might thieves try to rob in May?"


def test_a_figure_described_by_a_participle_is_not_asked_about(nlp):
    """Regression, from reading BBC banks: "When was the 5.9 estimated to 3.2? — November" of
    "… from the 5.9% estimated in …"; a thing still is, its
    sentence's first word lowercased ("When were Some 40 homes built?")."""
    text = ("The office revised the rate of growth down from the 6.1% estimated in May to 2.8%. "
            "Some 40 homes built in 1990 were sold.")
    asked = {q.question: q.answer for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not any("estimated" in q and "6.1" in q for q in asked), asked
    assert asked.get("When were some 40 homes built?") == "1990", asked


def test_a_name_with_a_particle_stays_whole(nlp):
    """Regression, from reading BBC banks: "Julian White destroyed South Africa's Os du
    {{c1::Randt}} …" (the recogniser found only "Randt") and "What did Julian White destroy
    South Africa's Os Randt last autumn to give the platform to?" (the parser read "du" as the
    verb's)."""
    text = ("Julian Hale outplayed Kenya's Os van Rensburg in the scrum at Otley last autumn to "
            "give Leeds the platform for a 30-12 win.")  # (the recogniser finds "van Rensburg")
    questions = _questions(text, nlp, 100)
    assert "Os van Rensburg" in {q.answer for q in questions}, [q.answer for q in questions]
    text = ("Julian Hale beat Kenya's Os du Toit in the scrum at Otley last autumn to give Leeds "
            "the platform for a 30-12 win.")  # (and no name here)
    questions = _questions(text, nlp, 100)
    assert not any("Os Toit" in q.question for q in questions), [q.question for q in questions]


def test_a_noun_that_labels_a_figure_is_no_answer(nlp):
    """Regression, from reading BBC banks: "The dollar slid to a {{c1::record}} $1.3666 …"."""
    from quizgen.extractor import _is_trivial

    doc = nlp("The pound slid to a record $1.95 versus the euro on Friday.")
    assert _is_trivial(doc[5:6], set())  # "record"
    assert not _is_trivial(doc[10:11], set())  # "euro"
    doc = nlp("The pound hit a record high on Friday.")
    assert _is_trivial(doc[4:5], set())  # "record", read as the thing hit



def test_a_word_for_how_often_is_no_date(nlp):
    """Regression, from reading BBC banks: "… according to the trade {{c1::weekly}}"."""
    text = ("Twenty films were made in Leeds last year, according to the trade weekly. The "
            "studio opened in 1990.")
    assert "weekly" not in set(_answers(text, nlp, 100))


def test_a_department_in_a_title_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… announced by the {{c1::Trade and Industry}}
    Secretary Patricia Hewitt" (the recogniser's name began with "the", and the title was not
    seen through it), and "What has Parmalat reported? — doubling"."""
    text = ("Sick pay is to rise by £900 under plans announced by the Trade and Industry "
            "Secretary Ann Hale. Kalmar Foods has reported a doubling in profit.")
    answers = set(_answers(text, nlp, 100))
    assert "Trade and Industry" not in answers and "doubling" not in answers, answers


def test_a_fort_or_a_preserve_is_no_person(nlp):
    """Regression, from reading a SQuAD bank: "Who is the French Huguenot explorer? — Jean
    Ribault / Fort Caroline / Historic Preserve / …", places the recogniser took for people;
    a person named like a place stays one."""
    labels = {e.text: e.label_ for text in (
        "In 1564, Tom Hale built the first settlement, Fort Caroline, on the river.",
        "A team from the Kalmar Ecological and Historic Preserve found pottery.",
        "Ricki Lake met Roy Castle in Leeds.") for e in nlp(text).ents}
    assert labels.get("Fort Caroline") != "PERSON" and labels.get("Historic Preserve") != \
        "PERSON", labels
    assert labels.get("Ricki Lake") == labels.get("Roy Castle") == "PERSON", labels


def test_questions_of_a_profile(nlp):
    """Regressions, from reading BBC banks: "When is Gordon Brown said to have worked an average
    of 18 hours? — six days" (of "… a day, six days a week"), "When will Holmes also be aware
    that time is running out? — 34" (of "At 34, …"), "What did Holmes ask in? — New Year" (what
    was asked, a sentence before), "What share missed two kickable penalties …? — fly-half"
    and "Who has defended his party's … posters amid Tory?" ("Tory claims" read as a
    name and a verb)."""
    text = ('During the campaign, Tom Hale is said to have worked an average of 18 hours a day, '
            'six days a week. At 34, Hale will also be aware that time is running out. "Will I '
            'go on?" Hale asked in the New Year. Hale won the race in May.')
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not {"six days", "18 hours", "34", "New Year"} & set(asked), asked
    assert asked.get("May") == "When did Hale win the race?", asked
    assert not quizgen.ask("The fly-half missed two kickable penalties in the first half.",
                           "fly-half", nlp=nlp).startswith("What share")
    assert quizgen.ask("Two-thirds of voters backed the plan in May.", "Two-thirds",
                       nlp=nlp) == "What share of voters backed the plan in May?"
    assert not quizgen.ask("The first quarter saw sales rise by 4.2%, with the second showing "
                           "0.9%.", "first quarter", nlp=nlp).startswith("What share")
    text = ("Party chief Ann Hale has backed her group's new adverts amid Tory claims the adverts "
            "were little more than sly spin. Hale won the seat in 1997.")
    assert not any(q.question.endswith("amid Tory?") for q in _questions(text, nlp, 100))


def test_a_cut_predicate_and_anyone_at_all_are_not_asked(nlp):
    """Regressions, from reading BBC banks: "Who said earlier this week that his indifferent
    form was? — Wenger" and "Who does Arsene Wenger have no plans to sign …? — new
    goalkeeper"."""
    text = ("Tom Hale was at fault for the goal in the 5-1 win on Tuesday. But Sam Reid said on "
            "Monday that his poor run of form was down to stress caused by constant attention "
            "from the press. Reid does not intend to buy a new goalkeeper in June. Hale signed "
            "for Leeds in May.")
    asked = {q.question: q.answer for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not any(q.endswith("form was?") for q in asked), asked
    assert "new goalkeeper" not in asked.values(), asked


def test_a_name_made_an_adjective_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… joins {{c1::British Olympic}} relay gold
    medallists …" and "… and {{c1::Athens Olympic}} 100m silver medallist Francis Obikwelu"."""
    text = ("The Kalmar star joins British Olympic relay gold medallists Tom Hale and Sam Reid. "
            "Leeds Olympic 100m champion Ann Lee and Sydney Olympic 200m silver medallist Jo "
            "Marsh will also take part.")
    answers = set(_answers(text, nlp, 100))
    assert not any(a.endswith("Olympic") for a in answers), answers


def test_a_figure_a_thing_is_asks_what(nlp):
    """Regression, from reading a SQuAD bank: "How many was worldwide membership? — 12
    million"."""
    assert quizgen.ask("The town population was 45,000 in 2001.", "45,000", nlp=nlp) == \
        "What was the town population in 2001?"
    assert quizgen.ask("There were 45 people at the meeting.", "45", nlp=nlp) == \
        "How many people were there at the meeting?"


def test_a_verb_left_out_after_and_is_a_misparse(nlp):
    """Regression, from reading BBC banks: "What percentage did contributions rise by and in
    2002/03 by 8.6%? — 4.7%" of "… rose by 4.7% and in 2002/03 by 8.6%" (the parser hung the
    second "in" on the verb as one more verb)."""
    text = ("Fees have risen every year since the 1990s. In 1998/99, for example, fees rose by "
            "3.2% and in 2001/02 by 6.1%.")
    assert not any(q.answer in ("3.2%", "6.1%") and q.type != "cloze"
                   for q in _questions(text, nlp, 100))



def test_there_after_and_shares_no_subject(nlp):
    """Regression, from reading BBC banks: "Since when have Ms Holmes been no sightings of
    Ferguson? — Monday" of "Ms Holmes is not missing but there have been no …"."""
    text = ("Officers are still looking for Tom Hale, who did not come back after a visit to "
            "Leeds on Monday. Ms Lee is safe but there have been no reports of Hale since "
            "Monday.")
    assert not any("Ms Lee been" in q.question for q in _questions(text, nlp, 100))


def test_who_after_a_name_is_the_name(nlp):
    """Regression, from reading BBC banks: "When did 11 points behind leaders Barcelona snatch a
    late 2-1 win at Albacete?" — the parser hung "who snatched …" on "points"."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import antecedent

    words = ["Leeds", "dropped", ",", "11", "points", "behind", "Hull", ",", "who", "won", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 1, 4, 5, 4, 9, 4, 1],
              deps=["nsubj", "ROOT", "punct", "nummod", "npadvmod", "prep", "pobj", "punct",
                    "nsubj", "relcl", "punct"],
              tags=["NNP", "VBD", ",", "CD", "NNS", "IN", "NNP", ",", "WP", "VBD", "."],
              pos=["PROPN", "VERB", "PUNCT", "NUM", "NOUN", "ADP", "PROPN", "PUNCT", "PRON",
                   "VERB", "PUNCT"])
    assert antecedent(doc[9]).text == "Hull"


def test_one_more_day_is_no_length_and_whom_one_told_is_not_what(nlp):
    """Regressions, from reading BBC banks: "How long have oil prices fallen heavily? — a second
    day" and "When did Mr Howard tell BBC Radio 4's Today programme? — Thursday"."""
    from quizgen.extractor.questions import drops_what_was_said, is_duration

    doc = nlp("Coal prices slid sharply for a second day, and ran for a year.")
    assert not is_duration(doc[5:8]) and is_duration(doc[12:14])  # "a year" is one
    told = nlp("On Thursday, Mr Hale told the Leeds Echo.")[5]
    assert told.lemma_ == "tell" and drops_what_was_said(told, [])
    told = nlp("On Thursday, Mr Hale told reporters the plan was dead.")[5]
    assert not drops_what_was_said(told, list(told.subtree))


def test_so_far_stays_whole(nlp):
    """Regression, from reading BBC banks: "How many responses has the consultation … far
    attracted …?" of "… has so far attracted almost 500 responses …"."""
    assert quizgen.ask("The survey has so far attracted almost 500 replies.", "almost 500",
                       nlp=nlp) == "How many replies has the survey so far attracted?"


def test_a_participle_read_as_a_fronted_clause_is_a_misparse(nlp):
    """Regression, from reading BBC banks: "How many authors shortlisted for a … book award in
    2005? — 10" of "The 10 authors shortlisted for … are hoping …"."""
    text = ("The 12 writers shortlisted for a Kalmar poetry prize in 2006 are hoping for higher "
            "sales. Sales rose by 40% last year, the firm said.")
    assert not any(q.answer == "12" and q.type != "cloze" for q in _questions(text, nlp, 100))


def test_a_name_that_opens_a_title_is_no_person(nlp):
    """Regression, from reading BBC banks: "Who is the British actor? — Clive Owen / Harry
    Potter / …", a film's title taken for a person; and "What could … suppress at Mr Blair's
    failure to? — anger" (an aside after "to" dropped with its verb)."""
    labels = {e.text: e.label_ for e in nlp("Tom Hale and the Magic Lamp won the top "
                                            "prize.").ents}
    assert labels.get("Tom Hale") != "PERSON", labels
    text = ("A group of shop stewards could barely suppress their anger at Mr Hale's failure to, "
            "as they saw it, stand up for the yard. The yard closed in May.")
    assert not any(q.question.endswith(" to?") for q in _questions(text, nlp, 100))


def test_a_participle_asked_by_its_doer_leaves_what_else_was_done(nlp):
    """Regression, from reading BBC banks: "What sacked Mutu and banned for seven months for
    taking cocaine? — Chelsea" of "Mutu, 25, sacked by Chelsea and banned for seven months …"."""
    assert quizgen.ask("Hale, 25, sacked by Leeds and banned for seven months for taking drugs, "
                       "is now represented by Sam Reid.", "Leeds", nlp=nlp) == "What sacked Hale?"


def test_a_focus_word_is_no_part_of_an_answer(nlp):
    """Regression, from reading BBC banks: "… onto {{c1::exactly the groups}} the government
    needs …" and "What was Gordon Brown … out to give? — exactly that pre-election
    boost"."""
    from quizgen.extractor import _is_trivial, _trim, _with_its_of

    doc = nlp("The coach aimed his words at exactly the players who needed them.")
    assert [_trim(c).text for c in doc.noun_chunks][2] == "players"
    doc = nlp("Hale was plainly keen to offer exactly that pre-poll lift.")
    assert _is_trivial(_trim(list(doc.noun_chunks)[-1]), set())
    # nor one with "that" inside ("What would Tony Blair be in? — very front line of that
    # campaign")
    doc = nlp("Tom Hale would be on the very front line of that fight.")
    front = next(c for c in doc.noun_chunks if c.root.lower_ == "line")
    assert _is_trivial(_with_its_of(front, _trim(front)), set())


def test_the_time_between_two_events_is_no_when(nlp):
    """Regression, from reading BBC banks: "When did John McCall lead Royal Armagh to their first
    Ulster Schools' Cup success since 1977? — 10 days" of "That happened only 10 days after he
    led …"."""
    text = ("Tom Hale fell ill in Leeds. That happened only 10 days after Hale led Kalmar Rovers "
            "to their first cup win since 1977.")
    assert not any(q.answer == "10 days" and q.type != "cloze"
                   for q in _questions(text, nlp, 100))


def test_questions_of_a_forecast_article(nlp):
    """Regressions, from reading BBC banks: "According to all, what is going to be a very good
    year?", "What looks set? — camera phones", "What do operators lose? — significant chunk",
    "What means that …? — shift" (of "the shift in technology") and "What are more than half from
    Europe with? — France" (of "… with France particularly well represented")."""
    assert quizgen.ask("The fast pace of change in the phone world and fierce rivalry among its "
                       "makers, especially among small firms, all suggests that next year is "
                       "going to be a busy one.", "next year", nlp=nlp) == \
        "What is going to be a busy one?"
    assert quizgen.ask("Already smart watches look set to replace pagers.", "smart watches",
                       nlp=nlp) == "What looks set to replace pagers?"
    text = ("The rise in fuel prices hurt the airline in May. The firms lose a large chunk of "
            "their revenue. Of the 30 plays in the festival, more than half are from Ireland "
            "with Cork particularly well represented.")
    asked = {q.question: q.answer for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("What hurt the airline in May?") == "rise in fuel prices", asked
    answers = {q.answer for q in _questions(
        "Big factors in the local economy include trades such as fishing and farming.", nlp,
        100)}
    assert "Big factors" not in answers, answers  # a factor says in what
    assert not any(a in ("large chunk", "Cork", "Ireland") for a in asked.values()), asked


def test_a_time_compared_with_is_no_when(nlp):
    """Regression, from reading BBC banks: "According to other retailers, when were festive
    sales well up? — last year" of "… well up on last year"."""
    text = ("Other shops said that holiday sales were well up on last year. Profits at the "
            "brewer were 5% down on last year. Sales were higher than in 2003, the firm said. "
            "The brewer opened a plant in Leeds in March.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not {"last year", "2003"} & set(asked), asked
    assert asked.get("March") == "When did the brewer open a plant in Leeds?", asked


def test_a_best_for_a_while_is_no_how_long(nlp):
    """Regression, from reading BBC banks: "How long will the episode have given the soap its
    highest audience? — a year" of "… its highest audience for a year"."""
    text = ("If the figures hold, the final will have given the channel its biggest audience for "
            "a year. The ferry ran for a year before it sank in the harbour.")
    asked = {q.question: q.answer for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert not any("audience" in q and a == "a year" for q, a in asked.items()), asked
    assert asked.get("How long did the ferry run?") == "a year", asked


def test_no_blank_is_asked_in_place_before_what_was_felt(nlp):
    """Regression, from reading BBC banks: "Tony Blair felt when Tony Blair had lost voters'
    trust because of the Iraq war? — November 2003"."""
    from quizgen.extractor import _askable_in_place

    doc = nlp("Ann Rowe felt in November 2003 she had lost voters' trust because of the war.")
    start = next(t.i for t in doc if t.text == "November")
    assert not _askable_in_place(doc[start:start + 2])


def test_html_entities_are_read_as_letters_and_in_light_of_is_an_idiom(nlp):
    """Regression, from reading BBC banks: a statement with "communiqu&#233;" in it, and "What
    have things since changed in? — light of new reports"."""
    from quizgen.extractor.article import normalise

    assert normalise("He signed a communiqu&#233; on R&amp;B.") == "He signed a communiqué on R&B."
    answers = _answers("Things have since changed in light of new reports about the drug. The "
                       "firm stopped sales in May.", nlp, 100)
    assert answers and not any(a.startswith("light") for a in answers), answers


def test_a_she_inside_a_sentence_means_its_subject_and_a_doubt_is_no_fact(nlp):
    """Regression, from reading BBC banks: "Until when will Margot Jennings compete again? —
    summer" of "Holmes has now been advised by her coach Margot Jennings …, and it is unlikely
    she will compete again until the summer" (she is Holmes, and it is only unlikely)."""
    from quizgen.extractor import _PronounResolver
    from quizgen.extractor.questions import hedged

    doc = nlp("Ann Rowe has been advised by her coach Kate Lane not to rush back and she will "
              "race again in the summer.")
    she = next(t for t in doc if t.text == "she")
    assert _PronounResolver([doc])(she) == "Ann Rowe"
    doc = nlp("Ann Rowe has been advised not to rush back and it is unlikely she will race "
              "again until the summer.")
    assert hedged(next(t for t in doc if t.text == "race"))
    assert not hedged(nlp("She said she will race again in the summer.")[4])


def test_a_right_keeps_what_it_is_the_right_to_do(nlp):
    """Regression, from reading BBC banks: "Who has won the right? — Aaron Foster and David
    Treacy"."""
    assert quizgen.ask("Tom Hale and Ann Rowe have won the right to take part in a tournament "
                       "offering $1m in total prize money.", "Tom Hale and Ann Rowe",
                       nlp=nlp) == "Who has won the right to take part in a tournament?"
    # nor a willingness ("Who highlighted the US government's willingness? — Alan Greenspan")
    assert quizgen.ask("Tom Hale highlighted the council's willingness to curb spending and "
                       "rising savings as factors which may help to cut it.", "Tom Hale",
                       nlp=nlp) == \
        "Who highlighted the council's willingness to curb spending and rising savings?"


def test_a_he_after_a_name_the_recogniser_missed_means_no_one_named_before(nlp):
    """Regression, from reading BBC banks: "Baros denied suggestions he wanted to leave …" was
    asked as "Baros denied suggestions Rafa Benitez wanted to leave …", a false statement:
    the recogniser had not taken Baros for a person, so "he" went to the last one it had."""
    from quizgen.extractor import _PronounResolver

    docs = [nlp("Coach Ivan Petrov praised the squad."),
            nlp("Kovac denied reports he wanted to leave the club. He told a paper he was happy.")]
    resolve = _PronounResolver(docs)
    assert [resolve(t) for t in docs[1] if t.lower_ == "he"] == [None, None, None]
    questions = _questions("\n".join(d.text for d in docs), nlp, 100)
    assert not any("Ivan Petrov" in q.question for q in questions if "squad" not in q.question
                   and q.answer != "squad"), [q.question for q in questions]


def test_a_blank_after_a_noun_or_a_bare_number_after_a_preposition_is_not_asked_in_place(nlp):
    """Regression, from reading BBC banks: "Mr Howard's fellow who won the snooker world
    championship six times?" (no question) and "… having left school at how many?" (an age)."""
    from quizgen.extractor import _askable_in_place

    doc = nlp('Ms Berg\'s fellow Swede Tove Lind - known to her fans as "the Hawk" - won the '
              "title four times, having left school at 15 to work in a bakery.")
    lind = next(t.i for t in doc if t.text == "Lind")
    fifteen = next(t.i for t in doc if t.text == "15")
    assert not _askable_in_place(doc[lind - 1:lind + 1])
    assert not _askable_in_place(doc[fifteen:fifteen + 1])
    assert not any("fellow who" in q.question or "how many" in q.question
                   for q in _questions(doc.text, nlp, 100))


def test_a_time_of_day_after_a_day_is_one_answer(nlp):
    """Regression, from reading BBC banks: "When did the stock slip back 7%? — morning" of
    "during Monday morning"."""
    answers = _answers("Shares in the firm rose on Friday but slipped back 4% during Tuesday "
                       "evening. Investors were worried about the debts of the firm.", nlp, 100)
    assert "Tuesday evening" in answers and "evening" not in answers, answers


def test_words_joined_to_a_phrase_the_parse_hung_higher_keep_their_and(nlp):
    """Regression, from reading BBC banks: "Who has said that every song is autobiographical a
    true story?"."""
    assert quizgen.ask("Mr Lee has said that every film is personal and a labour of love.",
                       "Mr Lee", nlp=nlp) == \
        "Who has said that every film is personal and a labour of love?"


def test_a_role_keeps_the_apostrophe_of_its_owner(nlp):
    """Regression, from reading BBC banks: "Who is Robbie Williams former collaborator?"."""
    assert quizgen.ask("Half of the songs were written with Jo Daniels' old partner, Sam Pike.",
                       "Sam Pike", nlp=nlp) == "Who is Jo Daniels' old partner?"


def test_a_saint_s_name_is_no_person_s(nlp):
    """Regression, from reading BBC banks: "St Fintian" (a school) and "Fintian" among the
    options of "Who is the former Westlife singer?"."""
    from quizgen.extractor.questions import no_person_kind

    text = "The head of St Aldhelm's, Ann Cole, said Tom Fry had never attended St Aldhelm's."
    assert no_person_kind("St Aldhelm", text) == "group"
    assert no_person_kind("Ann Cole", text) == ""


def test_an_aside_of_the_subject_set_off_by_commas_leaves_whole(nlp):
    """Regression, from reading BBC banks: "In what year did Terry Griffiths, like Mr Howard
    from Llanelli win the tournament?"."""
    assert quizgen.ask("And Tom Lund, like Mr Berg from Uppsala, won the race in 1979.", "1979",
                       nlp=nlp) == "In what year did Tom Lund win the race?"


def test_a_cloze_cut_to_its_clause_keeps_both_dashes_of_an_aside(nlp):
    """Regression, from reading BBC banks: a cloze of a long sentence kept "- known … as
    "Dracula"" without its closing dash, so the sentence read "… "Dracula" won …"."""
    text = ('The club\'s new coach Tove Lind - known to her players as "the Hawk" - won the '
            "national title four times in a row, having left school at the age of 15 to work "
            "long hours in her family's bakery in the north.")
    clozes = [q.question for q in _questions(text, nlp, 100) if q.type == "cloze"]
    assert clozes and all(c.count(" - ") in (0, 2) for c in clozes), clozes


def test_a_firm_named_like_a_person_a_particle_and_an_opening_noun_are_no_answers(nlp):
    """Regression, from reading BBC banks: "Who sued Boeing? — Martin" (Lockheed Martin), "The
    Game handed {{c1::over $103,500}}", "{{c1::Media}} giant Viacom …"."""
    questions = _questions("Airbus has been sued by Lockheed Martin after its rival was accused "
                           "of spying. The band handed over $10,500 to a school. Media group "
                           "Vexco has paid $3.5m to end the row.", nlp, 100)
    answers = [q.answer for q in questions]
    assert "Martin" not in answers and "Media" not in answers, answers
    assert not any(a.startswith("over") for a in answers), answers
    assert any(q.answer == "Lockheed Martin" and q.question.startswith("What")
               for q in questions), [q.question for q in questions]


def test_moving_to_a_place_is_asked_where_and_an_age_is_no_time(nlp):
    """Regression, from reading BBC banks: "Who did Shani Rhys James move to nearly 20 years
    ago? — Powys"; "When is the "sweet spot" for the games industry the gamer? — late 20s"."""
    assert quizgen.ask("Ann Lee moved to Powys two decades ago.", "Powys", nlp=nlp) == \
        "Where did Ann Lee move two decades ago?"
    answers = _answers("The best customer for the shops is the shopper in his or her late 30s. "
                       "Sales rose in 2004.", nlp, 100)
    assert not any("30s" in a for a in answers), answers


def test_a_cloze_never_cuts_a_list_short(nlp):
    """Regression, from reading BBC banks: "… with the involvement of Solicitor General Harriet
    Harman three {{c1::Foreign Office}} officials" of a list of six."""
    questions = _questions("He said the report had been written in his office with the help of "
                           "the deputy minister Anna Berg, two of his own staff, three Treasury "
                           "officials, a lawyer, Tom Hale and the then finance minister, Lord Lund "
                           "of Ely. The report was published in May.", nlp, 100)
    for q in questions:
        if q.type in ("cloze", "truefalse") and "Treasury" in q.question:
            assert "two of his own staff" in q.question, q.question


def test_a_verb_joined_to_a_passive_is_not_asked_as_active(nlp):
    """Regression, from reading BBC banks: "Where did three coachloads of people force to return
    under police escort?" (they were forced)."""
    from quizgen.extractor.questions import form

    doc = nlp("Two buses of fans were stopped and searched on the way to the ground and forced "
              "to return to Leeds under police escort.")
    leeds = next(t.i for t in doc if t.text == "Leeds")
    assert form(doc[:], doc[leeds:leeds + 1]) is None



def test_a_role_after_a_possessor_s_name_has_no_the_and_a_number_of_a_pair_no_blank(nlp):
    """Regression, from reading BBC banks: "Who is the Jarek's younger sister …?" and "The
    group plays maybe {{c1::four}} or five shows a year." (a guess)."""
    assert quizgen.ask("Ola Berg, Jan's elder sister and a fellow singer, plays the keys.",
                       "Ola Berg", nlp=nlp) == "Who is Jan's elder sister and a fellow singer?"
    questions = _questions("The choir sings perhaps four or five concerts a year. They hope to "
                           "make a record next year.", nlp, 100)
    assert not any("{{c1::four}}" in q.question or "{{c1::five}}" in q.question
                   for q in questions), [q.question for q in questions]


def test_a_man_s_first_name_says_his_sex(nlp):
    """Regression, from reading BBC banks: "Who was named best musical actress …? — Kelly"
    offered "Bourne" and "Eyre" (Matthew Bourne and Richard Eyre)."""
    from quizgen.extractor import _genders

    docs = [nlp("Laura Kelly won the prize. The show was directed by Richard Eyre with dances "
                "by Matthew Bourne.")]
    people = [e for e in docs[0].ents if e.label_ == "PERSON"]
    genders = _genders(docs, people)
    assert genders.get("Eyre") == "m" and genders.get("Bourne") == "m", genders


def test_her_before_a_name_is_not_that_name_s(nlp):
    """Regression, from reading BBC banks: "{{c1::Beenie Man}}'s comeback song …" and "Chris
    Martin now combines singing with modelling …" of an article about a woman: "her" before a
    name ("written for her by Coldplay's Chris Martin") had made the name a woman's."""
    from quizgen.extractor import _genders

    docs = [nlp("Singer Ann Kale had three nominations to go with her triple triumph. She "
                "released a single featuring the vocals of rapper Jo Mann. Next came a song "
                "written for her by Tom Reid.")]
    people = [e for e in docs[0].ents if e.label_ == "PERSON"]
    genders = _genders(docs, people)
    assert genders.get("Mann") != "f" and genders.get("Reid") != "f", genders
    text = ("Singer Ann Kale had three nominations to go with her triple triumph. She released "
            "a single featuring the vocals of rapper Jo Mann. Her comeback song Bout only just "
            "made the top 40.")
    assert not any("Mann's comeback" in q.question for q in _questions(text, nlp, 100))


def test_which_after_a_name_s_phrase_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What did the 2004 Mobos reach number two in? — UK
    charts" of "Thank You, winner of best single at the 2004 Mobos, which reached number two in
    the UK charts" (the song, not the awards)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import antecedent

    words = ["Fans", "loved", "Rain", ",", "winner", "at", "the", "Lindells", ",", "which",
             "charted", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2, 2, 2, 7, 5, 7, 10, 7, 1],
              deps=["nsubj", "ROOT", "dobj", "punct", "appos", "prep", "det", "pobj", "punct",
                    "nsubj", "relcl", "punct"],
              tags=["NNS", "VBD", "NNP", ",", "NN", "IN", "DT", "NNPS", ",", "WDT", "VBD", "."],
              pos=["NOUN", "VERB", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PUNCT",
                   "PRON", "VERB", "PUNCT"])
    assert antecedent(doc[10]) is None


def test_a_name_with_a_number_is_no_count(nlp):
    """Regression, from reading BBC banks: "How many G will the revenue streams … grow with? —
    3" (of "3G")."""
    questions = _questions("Revenue streams for mobile firms will grow with 4G, analysts say.",
                           nlp, 100)
    assert not any(q.answer == "4" or "how many G" in q.question for q in questions), \
        [q.question for q in questions]


def test_a_list_read_as_appositions_and_a_word_torn_in_two_objects_are_not_asked(nlp):
    """Regression, from reading BBC banks: "What is body language? — odd twitches" (of "Many
    physical clues, body language, odd twitches, are missing") and "Who insisted closer
    co-operation?" (the parser tore "co-operation" into two objects)."""
    from quizgen.extractor.questions import misparsed_clause

    questions = _questions("Some key signals, hand movement, odd glances, are usually lost "
                           "with chat rooms. Sales of phones rose in May.", nlp, 100)
    assert not any(q.question.startswith("What is hand movement") for q in questions), \
        [q.question for q in questions]
    doc = nlp("On Friday Ann Lee insisted closer co-operation would not mean giving up "
              "control of the borders.")
    assert misparsed_clause(next(t for t in doc if t.text == "insisted"))


def test_a_heading_in_capitals_an_idiom_with_a_and_the_reader_are_not_asked(nlp):
    """Regression, from reading BBC banks: "{{c1::TOO}} FAST TOO FURIOUS (DIGITAL BRIDGES).",
    "What does the BBC News website take? — look" and "What downloaded to your handset?"."""
    from quizgen.extractor.article import clean

    article = clean("Games grow up\n\nThe site looks at games.\n FAST AND LOUD (ACME GAMES) \n"
                    "I am bad at driving games.\n")
    assert [p.text for p in article.paragraphs] == ["The site looks at games.",
                                                    "I am bad at driving games."]
    questions = _questions("The magazine takes a look at how toys for babies have changed. "
                           "Each new title downloads to your handset in seconds. Sales of the "
                           "Kiwi console rose by 8% in May.", nlp, 100)
    assert not any(q.answer == "look" for q in questions), [q.question for q in questions]
    assert not any(re.search(r"\byour?\b", q.question) for q in questions if q.type == "short")


def test_a_clause_whose_subject_the_parse_gave_to_the_verb_before_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What heads Noel Forgeard is now set to replace Mr
    Camus? — Airbus" ("head" read as a verb, Forgeard as its object)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import misparsed_clause

    # the parse the parser made of such a sentence, on our own words
    words = ["Acme", "head", "Tom", "Lund", "is", "now", "set", "to", "quit", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "auxpass", "advmod", "ccomp", "aux", "xcomp",
            "punct"]
    tags = ["NNP", "VBP", "NNP", "NNP", "VBZ", "RB", "VBN", "TO", "VB", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert misparsed_clause(doc[1])
    assert not misparsed_clause(nlp("Acme said Tom Lund is now set to quit.")[1])


def test_encyclopedia_marks_eras_and_sentences_too_short_for_a_blank(nlp):
    """Regression, from reading a bank of an encyclopedia article: "As of {{c1::January
    2016[update}}]", "Euclid around 300 {{c1::BC}}" and "{{c1::5}} is prime."."""
    from quizgen.extractor.article import normalise

    assert normalise("As of May 2019[update], the tower had 12 bells.[4]") == \
        "As of May 2019, the tower had 12 bells."
    questions = _questions("The old wall was built by the Romans around 120 BC.\n\n7 is odd.\n\n"
                           "The wall is 80 miles long and crosses three rivers.", nlp, 100)
    answers = [q.answer for q in questions]
    assert "BC" not in answers and "7" not in answers, answers
    assert "120 BC" in answers, answers


def test_a_word_with_a_hyphen_the_parse_kept_whole_is_asked(nlp):
    """Regression: the check for a word torn in two ("co-operation") must leave alone one whose
    pieces all hang on the same word ("followed the re-opening of the hall in the late 1970s")."""
    from quizgen.extractor.questions import misparsed_clause

    doc = nlp("The town's recovery came after the re-opening of the old hall in the late "
              "1970s.")
    assert not misparsed_clause(next(t for t in doc if t.text == "came"))


def test_an_amount_converted_in_brackets_and_a_year_after_another_are_no_answers(nlp):
    """Regression, from reading a bank of an encyclopedia article: "How many does the V&A
    cover? — 51,000 m2" (of "12.5 acres (51,000 m2)") and "When were late night openings
    introduced? — following year"."""
    answers = _answers("The park covers 30 acres (12 hectares) and has two lakes. The gardens "
                       "opened in 1890. A cafe was added the following year.", nlp, 100)
    assert not any(a.startswith("12") for a in answers) and "following year" not in answers, \
        answers


def test_a_party_s_name_is_kept_whole(nlp):
    """Regression, from reading BBC banks: "Who is promising to raise the stamp duty threshold?
    — Democrats" (the Liberal Democrats) and "Neither the English {{c1::Democrats}} …"."""
    answers = _answers("The Liberal Democrats have pledged to cut the tax on homes if they win "
                       "the election. The English Democrats and the New Party did not agree.",
                       nlp, 100)
    assert "Democrats" not in answers and "English" not in answers, answers
    assert "Liberal Democrats" in answers or "English Democrats" in answers, answers


def test_what_would_be_said_is_no_fact(nlp):
    """Regression, from reading BBC banks: "According to the decision, what had been forgotten?
    — Tiananmen Square" (of "… denied the decision would suggest to China that Tiananmen
    Square had been forgotten")."""
    from quizgen.extractor.questions import hedged

    doc = nlp("Mr Lund denied the plan would suggest to Iran that the old attacks had been "
              "forgotten.")
    assert hedged(next(t for t in doc if t.text == "forgotten"))
    assert not hedged(nlp("The plan suggests that the old attacks had been forgotten.")[-2])


def test_a_time_with_a_superlative_before_it_is_no_answer(nlp):
    """Regression, from reading BBC banks: "According to the BRC, what had Britain's retailers
    endured in a decade? — Christmas" (their worst Christmas)."""
    answers = _answers("The trade body said the shops had suffered their worst Christmas for "
                       "ten years. Sales at the big stores fell 2% in May.", nlp, 100)
    assert "Christmas" not in answers, answers


def test_the_name_of_what_follows_a_or_an_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What did Manchester United avoid? — FA Cup" (of
    "avoided an FA Cup upset", where the parser read "upset" as a participle)."""
    answers = _answers("Leeds United escaped an FA Cup upset by beating Hull City narrowly in a "
                       "replay on Tuesday.", nlp, 100)
    assert "FA Cup" not in answers, answers


def test_someone_who_feels_or_denies_is_asked_who_and_a_firm_s_name_is_no_title(nlp):
    """Regression, from reading BBC banks: "What felt Newcastle were never really in danger …?
    — Boss Graeme Souness" and "Who is the Capital Radio? — DJ Margherita Taylor"."""
    assert quizgen.ask("Boss Tom Vale felt Leeds were never in danger.", "Boss Tom Vale",
                       nlp=nlp).startswith("Who felt")
    assert quizgen.ask("Vale denied he wanted to leave.", "Vale", nlp=nlp) == \
        "Who denied he wanted to leave?"
    assert quizgen.ask("Capital Radio DJ Ann Cole said the show was fun.", "DJ Ann Cole",
                       nlp=nlp) != "Who is the Capital Radio?"


def test_pieces_of_titles_and_of_names_with_a_year_are_no_answers(nlp):
    """Regression, from reading BBC banks: "Return of the {{c1::Mack}}", "Lord of the
    {{c1::Rings}}", "Football Manager {{c1::2005}} out now", "£3.7bn ({{c1::$7bn}})"."""
    answers = _answers("Ann Cole acted in Troy and in Lord of the Rings in 2003. "
                       "Tom Hale bought Football Manager 2005 for his son in May. Piracy cost "
                       "the film trade £2.1bn ($4bn) in 2004, analysts said.", nlp, 100)
    assert not {"Rings", "2005", "$4bn"} & set(answers), answers
    # (but a law's year says when it was made)
    from quizgen.extractor import _is_trivial

    doc = nlp("The park was set up under the Parks Act 1949 by the council.")
    year = next(t.i for t in doc if t.text == "1949")
    assert not _is_trivial(doc[year:year + 1], set())


def test_a_nationality_in_front_of_a_name_is_no_answer(nlp):
    """Regression, from reading BBC banks: "The {{c1::Scottish}} Conservative leader had
    insisted …"."""
    answers = _answers("A Scottish Conservative MSP said his job at the bank did not sway "
                       "him. The bank opened a branch in Perth in 1990.", nlp, 100)
    assert "Scottish" not in answers, answers


def test_names_with_and_sentence_openers_and_teams_before_a_role_are_read_right(nlp):
    """Regression, from reading BBC banks: "Who held a substantial inquiry into betting last
    year? — Parliamentary Group on Betting" (and Gaming), "{{c1::Legendary Dutch}} coach …",
    "What forward Simon Taylor looks certain to get the call? — Scotland" and "{{c1::Apple}}
    gets its way."."""
    text = ("The Joint Committee on Fishing and Farming held a long inquiry into quotas last "
            "year. Famous Danish coach Ole Berg has died aged 81. Wales forward Tom Hale looks "
            "certain to get the call. Acme gets its way.")
    questions = _questions(text, nlp, 100)
    answers = [q.answer for q in questions]
    assert "Joint Committee on Fishing" not in answers and "Famous Danish" not in answers, answers
    assert "Wales" not in answers and "Acme" not in answers, answers


def test_a_name_in_apposition_to_one_of_two_roles_is_one_of_a_list(nlp):
    """Regression, from reading BBC banks: "Who is involved in the project …? — Tony Jordan" of
    "EastEnders' head writer Tony Jordan and music mogul Simon Fuller are involved …"."""
    from spacy.tokens import Doc

    from quizgen.extractor import _cut_from_list

    # the parse the parser made of such a sentence, on our own words
    words = ["Head", "writer", "Tom", "Berg", "and", "music", "mogul", "Sam", "Fry", "are",
             "involved", "."]
    heads = [1, 10, 3, 1, 1, 6, 8, 8, 1, 10, 10, 10]
    deps = ["compound", "nsubjpass", "compound", "appos", "cc", "compound", "compound",
            "compound", "conj", "auxpass", "ROOT", "punct"]
    pos = ["NOUN", "NOUN", "PROPN", "PROPN", "CCONJ", "NOUN", "NOUN", "PROPN", "PROPN", "AUX",
           "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _cut_from_list(doc[2:4])


def test_a_second_clause_whose_subject_the_parse_joined_to_an_object_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who has donated $1m to The American Red Cross and
    actor Leonardo DiCaprio?" (of "… and actor Leonardo DiCaprio pledged a "sizable" aid
    contribution to Unicef", which the parser read as one more thing given)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import misparsed_clause

    # the parse the parser made of such a sentence, on our own words
    words = ["Ann", "Lee", "gave", "$2m", "to", "Oxfam", "and", "actor", "Tom", "Hale",
             "pledged", "a", "gift", "."]
    heads = [1, 2, 2, 2, 2, 4, 5, 9, 9, 5, 2, 12, 10, 2]
    deps = ["compound", "nsubj", "ROOT", "dobj", "dative", "pobj", "cc", "compound", "compound",
            "conj", "conj", "det", "dobj", "punct"]
    tags = ["NNP", "NNP", "VBD", "NN", "IN", "NNP", "CC", "NN", "NNP", "NNP", "VBD", "DT", "NN",
            "."]
    pos = ["PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "NOUN", "PROPN", "PROPN",
           "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert misparsed_clause(doc[2])
    assert not misparsed_clause(nlp("Ann Lee gave $2m to Oxfam and pledged a gift.")[2])


def test_a_participle_after_saw_and_a_time_that_names_a_kind_are_not_asked(nlp):
    """Regression, from reading BBC banks: "When did "Dirty" Den Watts kill off …? — Friday"
    (of "saw "Dirty" Den Watts killed off on Friday") and "… low cut {{c1::evening}} dress"."""
    questions = _questions('More than 9 million people saw "Mad" Tom Vale killed off on Friday, '
                           "according to figures. Ann Lee arrived wearing a green silk evening "
                           "dress decorated with beads.", nlp, 100)
    assert not any(re.search(r"Vale kill\b", q.question) for q in questions), \
        [q.question for q in questions]
    assert "evening" not in [q.answer for q in questions]


def test_whom_someone_speaks_for_is_not_asked_with_for(nlp):
    """Regression, from reading BBC banks: "Who did Oliver Letwin attack government red tape and
    debt? — Tories" (of "For the Tories, Oliver Letwin attacked …")."""
    from quizgen.extractor.questions import form

    doc = nlp("For the Greens, Ann Lee attacked government waste and debt.")
    greens = next(t.i for t in doc if t.text == "Greens")
    assert form(doc[:], doc[greens:greens + 1]) is None
    doc = nlp("Jo Pike voted for the Reds in May.")
    assert form(doc[:], doc[5:6]) is not None  # (a vote for a party is asked)


def test_words_said_twice_over_are_no_question(nlp):
    """Regression, from reading BBC banks: "Who revelled in his return to the to the Real
    Madrid?"."""
    from quizgen.extractor import _acceptable

    doc = nlp("Tom Hale enjoyed his comeback to the side.")
    assert not _acceptable("short", "Who enjoyed his comeback to the to the side?", doc[0:2])
    assert _acceptable("short", "Who enjoyed his comeback to the side?", doc[0:2])


def test_a_sentence_about_the_page_it_is_on_is_not_asked(nlp):
    """Regression, from reading BBC banks: "The tables below show the participation rate for
    each Parliamentary constituency in {{c1::Britain}}."."""
    questions = _questions("The tables below show the rate for each seat in Britain. The rate "
                           "rose by 6% in 2004 across the whole of Britain.", nlp, 100)
    assert not any("tables below" in q.sentence for q in questions), \
        [q.question for q in questions]


def test_a_speaker_whose_title_the_parse_tore_is_not_quoted(nlp):
    """Regression, from reading BBC banks: "According to chairman David Dein, what may the club
    consider seeking?" of "Arsenal vice-chairman David Dein has said …"."""
    questions = _questions("Leeds vice-chairman Tom Vale has said the club might look into a "
                           "full listing of its shares. Its fans were glad when the club "
                           "moved to a new ground in May 2004.", nlp, 100)
    assert not any(q.question.startswith("According to chairman") for q in questions), \
        [q.question for q in questions]
    assert not any(q.question.startswith("Who vice") for q in questions)


def test_a_columnist_s_note_at_the_end_is_no_part_of_the_article():
    """Regression, from reading BBC banks: "{{c1::Clark Boyd}} is technology correspondent for
    The World, …" (the note on who wrote a column, after its last paragraph)."""
    from quizgen.extractor.article import clean

    note = "Nina Vik is a regular columnist for the Harbour Weekly website"
    article = clean(f"Old consoles sing\n\nThe band plays old consoles.\n\n{note}\n")
    assert [p.text for p in article.paragraphs] == ["The band plays old consoles."]
    article = clean(f"Old consoles sing\n\n{note}.\n\nThe band plays old consoles.\n")
    assert len(article.paragraphs) == 2  # in the body it is news


def test_a_clause_whose_parse_joins_nothing_or_tears_a_hyphened_word_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who found five other people who were interested
    and the … Project was born?" (an "and" read as joining a name to a verb) and "What beat
    Scotland 33-15 semi-final?" (of "in the plate semi-final", "semi-final" hung on the
    verb)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import misparsed_clause

    questions = _questions("Lund found four other people who were keen and the Tinbox Choir "
                           "was formed. Wales were beaten 28-10 by Italy in the plate "
                           "quarter-final and Spain lost 12-7 to Kenya in the cup final.", nlp,
                           100)
    assert not any(q.type != "cloze" and ("Choir was formed" in q.question or
                                          q.question.endswith("in the plate?"))
                   for q in questions), [q.question for q in questions]
    # the parse the parser made of such a sentence, on our own words
    words = ["Lund", "found", "six", "friends", "who", "were", "keen", "and", "the", "Tin",
             "Choir", "was", "formed", "."]
    heads = [1, 1, 3, 12, 5, 3, 5, 5, 10, 10, 5, 12, 1, 1]
    deps = ["nsubj", "ROOT", "nummod", "nsubjpass", "nsubj", "relcl", "acomp", "cc", "det",
            "compound", "conj", "auxpass", "ccomp", "punct"]
    tags = ["NNP", "VBD", "CD", "NNS", "WP", "VBD", "JJ", "CC", "DT", "NNP", "NNP", "VBD",
            "VBN", "."]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "PRON", "AUX", "ADJ", "CCONJ", "DET", "PROPN",
           "PROPN", "AUX", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert misparsed_clause(doc[1])
    # "broke new ground … at the French Open - a stunning effort - and also at the US Open":
    # an "and" hung on the verb with no clause after it ("… at the French Open at? — US Open")
    words = ["Guests", "came", "by", "ferry", "and", "later", "by", "coach", "."]
    heads = [1, 1, 1, 2, 1, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "cc", "advmod", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert misparsed_clause(doc[1])
    doc = nlp("Tideway, a novel by Ann Ford, is set in London and centres on a sailor.")
    assert doc[13].dep_ == "conj" and doc[13].pos_ == "NOUN"  # "centres" read as a noun …
    assert not misparsed_clause(doc[9])  # … in a clause of its own, which the question leaves


def test_a_noun_said_twice_in_a_fixed_phrase_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What had analysts been forecasting a 0.1% rise in
    month on? — month industrial output"."""
    answers = _answers("Economists had expected a 0.2% rise in month on month retail sales. "
                       "Shops sold more coats in March.", nlp, 100)
    assert not any("month" in a for a in answers), answers
    assert "0.2%" in answers, answers


def test_a_he_after_an_unknown_owner_or_after_two_people_s_clauses_means_no_one(nlp):
    """Regression, from reading BBC banks: "Burger's award came just a week after he won …"
    was stated as "Lucio Lopez Fleming won …" (the owner a name the recogniser missed), and
    "… O'Shea was forced off … and Cristiano Ronaldo came on to replace him. He immediately
    caused …" as "John O'Shea immediately caused …" (either man, for all a rule knows)."""
    from quizgen.extractor import _PronounResolver

    docs = [nlp("Coach Ivan Petrov praised the squad."),
            nlp("Kovac's goal came a week after he signed for the club.")]
    assert [_PronounResolver(docs)(t) for t in docs[1] if t.lower_ == "he"] == [None]
    for joined in (" and", ", and"):
        doc = nlp(f"Tom Hale was forced off after a clash with Sam Reed{joined} Dan Ward came "
                  "on to replace him. He soon caused Ben Cole some trouble.")
        assert [_PronounResolver([doc])(t) for t in doc if t.lower_ == "he"] == [None], joined


def test_a_name_before_a_tournament_is_no_person_s(nlp):
    """Regression, from reading BBC banks: "Who claimed the coaching award?" offered "IRB
    Sevens" (of "this season's opening IRB Sevens tournament") among the people."""
    from quizgen.extractor.questions import no_person_kind

    text = "Ann Lee will lead Wales in the opening Ace Sevens tournament, in Dubai."
    assert no_person_kind("Ace Sevens", text) == "group"
    assert no_person_kind("Ann Lee", text) == ""


def test_a_noun_the_parse_read_as_a_verb_or_joined_to_one_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What reduced Chelsea's Premiership? — Manchester
    United" ("lead" of "Premiership lead" joined to the verb) and "Since when do the fifth
    billion-dollar telecoms deal?" ("deal" read as a verb, "telecoms" its subject)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import misparsed_clause

    # the parses the parser made of such sentences, on our own words
    words = ["Leeds", "cut", "Hull", "'s", "league", "lead", "to", "six", "points", "."]
    heads = [1, 1, 4, 2, 1, 1, 5, 8, 6, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "conj", "prep", "nummod", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PART", "NOUN", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert misparsed_clause(doc[1])
    words = ["It", "would", "be", "the", "third", "media", "deal", "since", "June", "."]
    heads = [2, 2, 2, 5, 5, 6, 2, 6, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "amod", "nsubj", "ccomp", "prep", "pobj", "punct"]
    pos = ["PRON", "AUX", "AUX", "DET", "ADJ", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    lemmas = ["it", "would", "be", "the", "third", "media", "deal", "since", "June", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert misparsed_clause(doc[6])
    doc = nlp("Leeds cut the lead to six points and Hull lost again.")
    assert not misparsed_clause(doc[1])


def test_which_after_an_of_phrase_and_a_name_s_first_word_are_not_asked(nlp):
    """Regression, from reading BBC banks: "What percentage is more than twice the rate of
    inflation currently? — 1.6%" (of "… the rate of inflation, which is currently 1.6%") and
    "the {{c1::FTSE}} 100 index"."""
    asked = quizgen.ask("Towns will fix the sums on Monday, when bills may rise by more than "
                        "double the pace of inflation, which now stands at 2.1%.", "2.1%", nlp=nlp)
    assert not asked.startswith("What percentage does more than"), asked
    answers = _answers("In Paris, the CAC 40 index closed 12 points higher at 3,920. Fans sang "
                       "in the rain.", nlp, 100)
    assert "CAC" not in answers, answers


def test_pieces_of_a_title_a_firm_and_a_date_are_no_answers(nlp):
    """Regression, from reading BBC banks: "{{c1::Harry Potter}} and the Half-Blood Prince has
    topped …" (a title the verb takes as one), "Marsh & {{c1::McLennan}}" and "its release
    date - 16 {{c1::July}} - was announced"."""
    from quizgen.extractor import _piece_of_a_name

    answers = _answers("Tom Sawyer and the Iron Mask has topped the book chart two days after "
                       "its launch date was set. Readers bought 2,000 copies in Leeds.", nlp, 100)
    assert not {"Tom Sawyer", "Iron Mask"} & set(answers), answers
    answers = _answers("Tom Hale and the Iron Band have sold 3,000 copies in Leeds.", nlp, 100)
    assert "Tom Hale" in answers, answers  # a list the verb takes as two, "have"
    doc = nlp("Broker Hale & Rowe said its launch date - 9 May - was set.")
    pieces = [doc[i:i + 1] for i, t in enumerate(doc) if t.text in ("Hale", "Rowe", "May")]
    assert [_piece_of_a_name(piece) for piece in pieces] == [True, True, True]


def test_it_after_a_team_with_a_plural_verb_means_no_team(nlp):
    """Regression, from reading BBC banks: "At the end of what does bath also come?" (of
    "Bath have just been knocked out of Europe … It also comes at the end of a … week")."""
    from quizgen.extractor import _PronounResolver

    doc = nlp("Ashford have just been dumped out of the cup and will make the match a hard one. "
              "It also arrives after a very long week for the club.")
    assert [_PronounResolver([doc])(t) for t in doc if t.text == "It"] == [None]
    doc = nlp("The Ashford club has just been knocked out of the cup. It also faces a very "
              "hard week.")
    assert [_PronounResolver([doc])(t) for t in doc if t.text == "It"] == ["the Ashford club"]


def test_a_question_that_points_back_at_what_the_sentence_before_named_is_not_asked(nlp):
    """Regression, from reading BBC banks: "When was that inquiry launched? — October" and
    "Who denied that charge? — Mandelson"."""
    from quizgen.extractor import _acceptable

    doc = nlp("Since that inquiry was launched in May, the bank has replaced its chief.")
    may = next(t.i for t in doc if t.text == "May")
    assert not _acceptable("short", "When was that inquiry launched?", doc[may:may + 1])
    doc = nlp("The inquiry was launched in May this year by the city council.")
    may = next(t.i for t in doc if t.text == "May")
    assert _acceptable("short", "When was the inquiry launched this year?", doc[may:may + 1])
    # "Who held a record? — Haile Gebrselassie": which record, the question does not say
    doc = nlp("He is chasing a record held by Tom Hale.")
    assert not _acceptable("short", "Who held a record?", doc[6:8])
    assert _acceptable("short", "Who held a record for the mile?", doc[6:8])


def test_what_was_said_read_as_a_name_s_relative_clause_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What has Mike Tindall's agent warned until next
    week? — Bath" (of "… has warned Bath they have until next week to improve …")."""
    questions = _questions("Tom Hale's agent has warned Leeds they have until Friday to raise "
                           "their offer for the Wales winger or risk losing him. Fans sang in the "
                           "rain.", nlp, 100)
    assert not any(q.type != "cloze" and "warned" in q.question for q in questions), \
        [q.question for q in questions]


def test_firms_in_a_list_after_a_word_for_firms_are_no_people(nlp):
    """Regression, from reading BBC banks: "Who added …? — Cardwell" offered "Universal" (of
    "Vivendi Universal", where the article says "games giants Electronic Arts and Vivendi")
    and then "Vista" (of "studios, such as MGM Studios, Disney, and Buena Vista")."""
    from quizgen.extractor.questions import written_as_no_person

    text = ("The games giants Acme Arts and Vexor said they would back it. Ann Lee of Vexor "
            "Global agreed. It won studios, such as Nova Films, Pixo, and Lumen Star.")
    assert written_as_no_person("Vexor Global", text)
    assert written_as_no_person("Lumen Star", text)
    assert not written_as_no_person("Ann Lee", text)


def test_a_noun_read_as_a_verb_or_a_thing_joined_to_a_time_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What turned out to be new paint smouldering on the
    music? — smell" (of "… on the music stands", "stands" read as a verb) and a time joined to
    a thing by "as well as"."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import misparsed_clause

    # the parse the parser made of such a sentence, on our own words
    words = ["The", "noise", "turned", "out", "to", "be", "rain", "on", "the", "tin", "sheds",
             "."]
    heads = [1, 2, 2, 2, 5, 2, 5, 6, 9, 7, 2, 2]
    deps = ["det", "nsubj", "ROOT", "prt", "aux", "xcomp", "attr", "prep", "det", "pobj",
            "advcl", "punct"]
    tags = ["DT", "NN", "VBD", "RP", "TO", "VB", "NN", "IN", "DT", "NN", "VBZ", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PART", "AUX", "NOUN", "ADP", "DET", "NOUN", "VERB",
           "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert misparsed_clause(doc[2])
    assert not misparsed_clause(nlp("The noise turned out to be rain on the sheds.")[2])
    # "… has pulled out of international meets … this week as well as warm-weather training in
    # Lanzarote" → "What has the 23-year-old pulled this week warm-weather training in?"
    doc = nlp("The 25-year-old has pulled out of meets in Oslo and Ghent this week as well as "
              "winter training in Malta.")
    assert misparsed_clause(next(t for t in doc if t.text == "pulled"))


def test_a_word_torn_in_what_was_said_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who added that the delivery of high-definition
    games of the future was vital and Blu-ray?" ("Blu" joined to "vital", "ray" the subject of
    the clause after)."""
    from quizgen.extractor.questions import misparsed_clause

    doc = nlp("Acme, a big games maker, added that the speed of new consoles was vital and "
              "Blu-ray had the power needed for its plans.")
    assert misparsed_clause(next(t for t in doc if t.text == "added"))


def test_vague_stand_ins_pieces_of_countries_and_glued_commas(nlp):
    """Regression, from reading BBC banks: "What allows for much more personalised TV? —
    technology", "What is one such example launched at the show? — LCD TV", "Trinidad and
    {{c1::Tobago}}" and "at analyst firm Gartner,downloaded the …"."""
    from quizgen.extractor import _acceptable, _piece_of_a_name
    from quizgen.extractor.article import normalise

    answers = _answers("The new sets went on sale in May. The technology allows for much "
                       "more choice, said Ann Lee of Acme.", nlp, 100)
    assert "technology" not in answers, answers
    doc = nlp("One such example shown at the fair is the Acme TV.")
    tv = doc[len(doc) - 3:len(doc) - 1]
    assert not _acceptable("short", "What is one such example shown at the fair?", tv)
    doc = nlp("In the nation of Trinidad and Tobago, Ann Lee read the notes.")
    assert _piece_of_a_name(next(doc[t.i:t.i + 1] for t in doc if t.text == "Tobago"))
    assert _piece_of_a_name(next(doc[t.i:t.i + 1] for t in doc if t.text == "Trinidad"))
    assert normalise("Tom Hale, chief at Acme,bought the firm.") == \
        "Tom Hale, chief at Acme, bought the firm."


def test_a_name_the_article_writes_after_mr_is_a_person_s(nlp):
    """Regression, from reading BBC banks: "What works for Sri Lankan television? — Sanjaya
    Senanayake" (the recogniser took him for a place, "Mr Senanayake" too)."""
    from spacy.tokens import Span

    from quizgen.extractor import _PronounResolver

    docs = [nlp("Ravi Perera works for a radio station."), nlp("Mr Perera sent texts.")]
    for doc in docs:  # the recogniser's reading of such names, on our own words
        doc.ents = [Span(doc, 0, 2, label="GPE")]
    assert _PronounResolver(docs).label(docs[0].ents[0]) == "PERSON"


def test_a_cloze_cut_to_its_clause_keeps_its_and_and_its_subject(nlp):
    """Regression, from reading BBC banks: "Networks or channels could take a leaf out of
    Google's book be the {{c1::search engine of the future}}, …" (its "and" dropped) and
    "Stacey Jolna, senior vice president of {{c1::TV Guide TV}} group, is that …" (of "What
    this means, said Stacey Jolna, …, is that …")."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("It means that shops, in trade terms, or stalls could borrow an idea from the "
              "playbook of Acme and be the meeting place of the town, rather than the market "
              "where people buy what they need.")
    at = next(t.i for t in doc if t.text == "meeting")
    cloze = " ".join(t.text for t in _cloze_tokens(doc[:], doc[at:at + 2]))
    assert "Acme and be the meeting" in cloze, cloze
    doc = nlp("What this shows, said Ann Lee, head of sales at the Acme Radio group, is that the "
              "way fans pick the songs they like needs to be made easier for young listeners.")
    at = next(t.i for t in doc if t.text == "Acme")
    assert _cloze_tokens(doc[:], doc[at:at + 2]) is None


def test_rows_of_a_ranked_table_a_place_after_at_and_a_name_said_alone_elsewhere(nlp):
    """Regression, from reading BBC banks: "23 {{c1::Jelena Jankovic}} (Serbia and
    Montenegro)." (a table of seeds), "At who has the company written to homes …? — Gatwick"
    and "What will … Tim Henman face? — Cyril Saulnier" (a firm to the recogniser, though it
    took "Saulnier" alone for a person)."""
    from spacy.tokens import Span

    from quizgen.extractor import _PronounResolver
    from quizgen.extractor.article import clean

    article = clean("Seeds\n\nThe seeds were named on Monday.\n\n1 Tom Hale (Britain)\n\n"
                    "2 Ann Lee (Serbia and Montenegro)\n")
    assert [p.text for p in article.paragraphs] == ["The seeds were named on Monday."]
    docs = [nlp("At Ludham, the firm has written to homes near the runway."),
            nlp("Tom Hale will face France's Cyril Morel in Perth."),
            nlp("Hale beat Morel last year.")]
    for doc, start, end, label in ((docs[0], 1, 2, "PERSON"), (docs[1], 6, 8, "ORG"),
                                   (docs[2], 2, 3, "PERSON")):
        doc.ents = [Span(doc, start, end, label=label)]  # the recogniser's reading, our words
    resolve = _PronounResolver(docs)
    assert resolve.label(docs[0].ents[0]) == "GPE"
    assert resolve.label(docs[1].ents[0]) == "PERSON"


def test_a_clause_opened_by_that_and_if_and_a_name_read_as_a_quality_are_not_asked(nlp):
    """Regression, from reading BBC banks: "Who said that if the critics were to see the
    film? — Mr Pande" and "What did Dolphy D'Souza call? — film" (of "He called the film
    "pornographic and sensational"")."""
    questions = _questions("But Mr Hale said that if the critics were to watch the play they "
                           "would not march against it and would not demand its closure. The "
                           "play opens in May in Leeds.", nlp, 100)
    assert not any(q.question.startswith("Who said that if") for q in questions), \
        [q.question for q in questions]
    asked = quizgen.ask('He called the film "crude and silly".', "the film", nlp=nlp)
    assert asked != "What did he call?", asked


def test_words_of_a_name_joined_by_of_are_no_answers(nlp):
    """Regression, from reading BBC banks: "{{c1::Medal}} of Honor: Pacific Assault …", "Medal
    of {{c1::Honor}}" and "the Bank {{c1::of England}}'s rate-setting body"."""
    from quizgen.extractor import _piece_of_a_name

    doc = nlp("Ann Lee of the Bank of England said the Badge of Valour: Red Dawn game sold well.")
    pieces = {"England": None, "Badge": None, "Valour": None}
    for t in doc:
        if t.text in pieces:
            pieces[t.text] = _piece_of_a_name(doc[t.i:t.i + 1])
    assert pieces == {"England": True, "Badge": True, "Valour": True}, pieces
    at = next(t.i for t in doc if t.text == "of" and doc[t.i + 1].text == "England")
    assert _piece_of_a_name(doc[at:at + 2])
    assert not _piece_of_a_name(doc[1:2])  # "Lee" of "Ann Lee of the Bank"


def test_a_first_word_of_a_title_with_of_the_is_no_answer(nlp):
    """Regression, from reading BBC banks: "{{c1::Shaun}} of the Dead, Oasis' Definitely
    Maybe … will battle it out" cut a film's name."""
    from quizgen.extractor import _piece_of_a_name

    doc = nlp("Hector of the Marsh, Lamp Street and Ferry Tales will compete in the family film "
              "category, Ann Lee of the Film Society said.")
    assert _piece_of_a_name(doc[0:1])
    assert not _piece_of_a_name(next(doc[t.i:t.i + 1] for t in doc if t.text == "Lee"))
    # and a word joined to another by "of" alone: "Medal" of "Medal of Honor", "Duty" of
    # "Call of Duty"
    doc = nlp("The new titles in the classic Hall Of Kings and Call of Thunder franchises "
              "leave fans happy. Fans of the Crown of Ashes series were spoilt for choice.")
    pieces = {t.text: _piece_of_a_name(doc[t.i:t.i + 1]) for t in doc if t.is_title}
    assert pieces["Hall"] and not pieces["Fans"], pieces
    # and the first word before a small word with a capital: "Drink" of "Drink Or Die"
    doc = nlp("The club, known as Swim Or Sink, met on Monday.")
    assert _piece_of_a_name(next(doc[t.i:t.i + 1] for t in doc if t.text == "Swim"))


def test_a_word_joined_by_an_en_dash_and_a_relative_s_leftovers_are_not_asked(nlp):
    """Regression, from reading a bank of an encyclopedia article: "… after the Cretaceous–
    {{c1::Paleogene}} extinction event …" and "What are that are covered with colloblasts? —
    sticky cells"."""
    from quizgen.extractor import _acceptable, _is_trivial

    doc = nlp("Most reefs formed after the Jurassic–Cretaceous boundary event long ago.")
    at = next(t.i for t in doc if t.text == "Cretaceous")
    assert _is_trivial(doc[at:at + 1], set())
    doc = nlp("The arms carry hooks that are covered with glue cells that trap prey.")
    cells = doc[len(doc) - 5:len(doc) - 3]
    assert not _acceptable("short", "What are that are covered with hooks?", cells)


def test_the_end_of_a_range_is_asked_in_place(nlp):
    """Regression, from reading a bank of an encyclopedia article: "How many ft do adults of
    various species range from a few millimeters to in size?"."""
    asked = quizgen.ask("Adults of most species range from a few millimetres to 2 m in size.",
                        "2 m", nlp=nlp)
    assert "to in size" not in asked and asked.startswith("Adults"), asked


def test_hotels_in_cities_bills_and_converted_sums(nlp):
    """Regression, from reading BBC banks: "What is the Plaza Hotel? — New York" (of "a
    meeting in the Plaza Hotel, New York"), "What did the government refuse to back to the
    Crown Bill? — Lord Dubs' Succession" and "its claim for $280bn ({{c1::£149bn}})"."""
    from spacy.tokens import Span

    from quizgen.extractor import _converted, _piece_of_a_name
    from quizgen.extractor.questions import form

    doc = nlp("The talks were held at the Grand Hotel, Brighton, on Monday.")
    at = next(t.i for t in doc if t.text == "Brighton")
    doc.ents = [Span(doc, at, at + 1, label="GPE")]  # the hotel no entity, as the recogniser
    # read the Plaza Hotel
    assert form(doc[:], doc[at:at + 1]).text == "Where is the Grand Hotel?"
    doc = nlp("MPs refused to back Lord Vale's Right to Roam Bill, saying it was too vague.")
    at = next(t.i for t in doc if t.text == "Roam")
    assert _piece_of_a_name(doc[at:at + 2]) and not _piece_of_a_name(doc[at - 2:at + 2])
    doc = nlp("It lost its claim for $90bn (£48bn) in damages.")
    at = next(t.i for t in doc if t.text == "£")
    doc.ents = [Span(doc, at - 2, at - 1, label="PERSON")]  # the recogniser's "$280bn"
    assert _converted(doc[at:at + 2])


def test_a_clause_whose_subject_follows_be_is_not_asked(nlp):
    """Regression, from reading BBC banks: "When was central to the government's case a meeting
    in the Plaza Hotel? — 15 December, 1953"."""
    questions = _questions("Central to the inquiry was a meeting in a Chicago hotel on 15 May, "
                           "1961. Lawyers say the firms agreed a plan there. The case will be "
                           "heard in June.", nlp, 100)
    assert not any(q.question.lower().startswith(("when was central", "what was central"))
                   for q in questions), [q.question for q in questions]


def test_no_clause_is_cut_for_a_cloze_from_a_sentence_with_no_verb_at_the_top(nlp):
    """Regression, from reading BBC banks: "One of the biggest problems which had faced Ms
    Hutt during her five-and-a-half years the assembly's {{c1::first health minister}} was the
    length of waiting lists in Wales." (the parse's top word "One", "as" dropped)."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("One of the worst troubles which had dogged Ms Hale during her six-and-a-half "
              "years as the city's first transport chief was the state of the bus lanes in the "
              "centre.")
    at = next(t.i for t in doc if t.text == "state")
    assert doc[:].root.pos_ not in ("VERB", "AUX")  # the parse this guards against
    assert _cloze_tokens(doc[:], doc[at:at + 1]) is None


def test_the_first_words_of_a_name_with_of_and_an_animation_are_no_people(nlp):
    """Regression, from reading BBC banks: "… at the {{c1::Directors Guild}} of Great Britain
    awards" and "Who sold more than 6 million DVDs …? — Shark Tale" (of "Oscar-nominated
    animation Shark Tale")."""
    from quizgen.extractor import _piece_of_a_name
    from quizgen.extractor.questions import no_person_kind

    doc = nlp("Ann Lee won the top prize at the Writers Guild of Great Britain awards.")
    at = next(t.i for t in doc if t.text == "Writers")
    assert _piece_of_a_name(doc[at:at + 2])
    assert no_person_kind("Reef Tale", "The animation Reef Tale sold 2 million DVDs.") == "work"


def test_a_false_statement_gives_a_place_the_the_its_name_needs(nlp):
    """Regression, from reading BBC banks: "… follows the arrests of several other top
    executives in Philippines." (a false statement made of "… in Japan")."""
    from quizgen.extractor import _statement

    assert _statement("Sales rose in {{c1::Japan}}.", "Japan", "Philippines") == \
        "Sales rose in the Philippines."
    assert _statement("{{c1::Japan}} grew.", "Japan", "Netherlands") == "The Netherlands grew."
    assert _statement("Sales rose in {{c1::Japan}}.", "Japan", "China") == "Sales rose in China."


def test_a_ministry_s_list_of_subjects_and_an_idiom_of_levels_are_no_answers(nlp):
    """Regression, from reading BBC banks: "the Ministry of {{c1::Economy, Trade and
    Industry}}", "… to a {{c1::new level}}"."""
    from quizgen.extractor import _is_trivial

    questions = _questions("According to data from the Department of Agriculture, Fisheries "
                           "and Food (DAFF), sheep numbers fell sharply last spring in the hills "
                           "of Wales, where farmers blamed the wet weather. Yet the choir has "
                           "taken the old sea shanties of Cornwall to a new level, said its "
                           "leader Tamsin Rowe.", nlp, 100)
    answers = [q.answer for q in questions]
    assert "Agriculture, Fisheries and Food" not in answers, answers
    doc = nlp("The band took the old songs to a new level.")
    assert _is_trivial(doc[len(doc) - 3:len(doc) - 1], set())


def test_a_verb_joined_to_another_with_neither_and_nor_a_comma_is_not_asked(nlp):
    """Regression, from reading BBC banks: a slip ("what is says are the true facts") made the
    parser join "are" to the main verb, and the bank asked "What are Eli Lilly?"."""
    questions = _questions("Meanwhile Acme is running a series of adverts in six national "
                           "papers, to present what is says are the real figures about its new "
                           "drug Zentra. Acme's new plant opened in Leeds in March.", nlp, 100)
    assert not [q.question for q in questions if "are Acme" in q.question]


def test_names_with_small_words_airlines_weekends_and_titles_after_a_colon(nlp):
    """Regression, from reading BBC banks: "Hearts of Oak" was offered "Hearts of Maple" and
    "Hearts of Pine"; "Who has ordered 30 planes? — Air Deccan" among people; "When will the
    first leg be played? — weekend" (of 27-28 November); "What did the racing game nudge? —
    GTA" (of "GTA: San Andreas")."""
    from quizgen.extractor import _piece_of_a_name
    from quizgen.extractor.questions import no_person_kind

    options = quizgen.distractors("Pride of Oak", "Pride of Oak beat Riverside Rovers 2-1 in "
                                  "Tamale on Sunday to reach the cup final, where they will "
                                  "meet Ashanti Stars.", nlp=nlp)
    assert not [o for o in options if o.startswith("Pride of") or " " not in o], options
    text = "Air Volta has ordered 12 new planes. Air Volta was set up in 2003."
    assert no_person_kind("Air Volta", text) == "group"
    answers = _answers("The opening match of the cup will be staged in Leeds on the weekend of "
                       "14-15 May, and the replay a week later.", nlp, 100)
    assert "weekend" not in answers, answers
    doc = nlp("The new game pushed RRX: Harbour Nights down to second place.")
    assert _piece_of_a_name(doc[4:5]) and _piece_of_a_name(doc[6:8])
    doc = nlp("The special will be shown on Teal News 24 from 1130 GMT on Wednesday.")
    assert _piece_of_a_name(doc[6:8])  # "Teal News" of the channel "Teal News 24"
    assert _piece_of_a_name(doc[8:9])  # and its "24"
    doc = nlp("Pupils at St Aldric's High School were told on Monday.")
    assert _piece_of_a_name(doc[2:4])
    doc = nlp("The first version of horror prequel Grudge: The Return, dropped by its makers, "
              "is to have its world premiere.")
    assert _piece_of_a_name(doc[8:10])  # "The Return", the tagger taking "Grudge" for a noun


def test_titles_with_and_the_or_a_semicolon_list_a_cut_passive_and_a_speaker_s_his(nlp):
    """Regression, from reading BBC banks: "who directed {{c1::Harry Potter}} and the Prisoner
    of Azkaban", "… 1995's film A {{c1::Little Princess}}", "What went to Aaltra; and the
    Sutherland Trophy?", "… a young girl who is sent." (to live in a boarding school), and
    "His first film …" after '"… to offer him …," said Mr Robinov' stated of Robinov."""
    from quizgen.extractor import _acceptable, _piece_of_a_name

    doc = nlp("The film-maker, who directed Tom Thumb and the Keeper of Secrets, will produce "
              "new films.")
    assert _piece_of_a_name(doc[7:9])
    doc = nlp("The Queen and the Duke of Kent visited the school.")
    assert not _piece_of_a_name(doc[1:2])
    doc = nlp("Her first book was the 1995 novel A Quiet Harbour.")
    assert _piece_of_a_name(doc[len(doc) - 3:len(doc) - 1])
    assert not _acceptable("short", "What went to Acme; and the Gold Cup?", doc[0:1])
    text = ("Set in the hills of Wales, the novel by Nora Hale follows a small boy who is sent "
            "to live on a remote farm when his father goes to sea in a storm that lasts for the "
            "whole of the long winter.")
    assert not [q for q in _questions(text, nlp, 100)
                if q.type == "cloze" and q.question.endswith("who is sent.")]
    text = ("Tom Reed has signed a deal with the studio. \"We want to help him make the films "
            "he loves,\" said studio boss Ian Moss.\n\nHis first film for the studio was a "
            "drama about a lighthouse keeper.")
    assert not [q for q in _questions(text, nlp, 100) if "Moss's first film" in q.question]


def test_an_object_and_the_next_subject_read_as_one_list_and_a_name_s_first_word_opening_a_sentence(
        nlp):
    """Regression, from reading BBC banks: "Rosneft now owns {{c1::Yugansk and Russia}} has said
    …" and "Real {{c1::Madrid}} view him as …" (where the article writes "Real Madrid" inside
    a sentence too). The parser's readings are built here, as it read the articles' words."""
    from spacy.tokens import Doc

    from quizgen.extractor import _is_trivial, _piece_of_a_name

    doc = Doc(nlp.vocab,
              words=["Acme", "now", "owns", "Tova", "and", "Norway", "has", "said", "it", "will",
                     "sell", "the", "mine", "."],
              heads=[2, 2, 2, 7, 3, 3, 7, 2, 10, 10, 7, 12, 10, 2],
              deps=["nsubj", "advmod", "ROOT", "nsubj", "cc", "conj", "aux", "ccomp", "nsubj",
                    "aux", "ccomp", "det", "dobj", "punct"],
              pos=["PROPN", "ADV", "VERB", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PRON", "AUX",
                   "VERB", "DET", "NOUN", "PUNCT"],
              tags=["NNP", "RB", "VBZ", "NNP", "CC", "NNP", "VBZ", "VBN", "PRP", "MD", "VB", "DT",
                    "NN", "."],
              lemmas=["Acme", "now", "own", "Tova", "and", "Norway", "have", "say", "it", "will",
                      "sell", "the", "mine", "."])
    assert _is_trivial(doc[3:6], set())
    doc = Doc(nlp.vocab,
              words=["Parma", "and", "Real", "Bristol", "want", "him", ".", "Real", "Bristol",
                     "view", "him", "as", "an", "heir", "."],
              heads=[4, 0, 3, 0, 4, 4, 4, 8, 9, 9, 9, 9, 13, 11, 9],
              deps=["nsubj", "cc", "compound", "conj", "ROOT", "dobj", "punct", "amod", "nsubj",
                    "ROOT", "dobj", "prep", "det", "pobj", "punct"],
              pos=["PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PRON", "PUNCT", "ADJ", "PROPN",
                   "VERB", "PRON", "ADP", "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6 + [True] + [False] * 7)
    assert _piece_of_a_name(doc[8:9])


def test_a_title_with_a_colon_is_not_rebuilt_around_its_participle(nlp):
    """Regression, from reading BBC banks: "What was a BBC News Special Remembered Asia
    including?" of "A BBC News Special: Asia Remembered, including the … silence, will be
    shown …" (the parser's reading of our words is built here)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import form

    words = ["A", "Teal", "Arts", "Special", ":", "Harbour", "Remembered", ",", "including", "the",
             "long", "silence", ",", "will", "be", "shown", "on", "Teal", "One", "on", "Friday",
             "."]
    doc = Doc(nlp.vocab, words=words,
              heads=[3, 3, 3, 15, 3, 6, 3, 6, 6, 11, 11, 8, 6, 15, 15, 15, 15, 18, 16, 15, 19, 15],
              deps=["det", "compound", "compound", "nsubjpass", "punct", "compound", "acl",
                    "punct", "prep", "det", "amod", "pobj", "punct", "aux", "auxpass", "ROOT",
                    "prep", "compound", "pobj", "prep", "pobj", "punct"],
              pos=["DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB",
                   "DET", "ADJ", "NOUN", "PUNCT", "AUX", "AUX", "VERB", "ADP", "PROPN", "PROPN",
                   "ADP", "PROPN", "PUNCT"],
              tags=["DT", "NNP", "NNP", "NNP", ":", "NNP", "VBN", ",", "VBG", "DT", "JJ", "NN", ",",
                    "MD", "VB", "VBN", "IN", "NNP", "NNP", "IN", "NNP", "."])
    assert form(doc[:], doc[9:12]) is None


def test_he_after_an_unnamed_minister_a_verb_read_as_a_noun_and_whom_something_was_told(nlp):
    """Regression, from reading BBC banks: "He is also claiming …" after "The prime minister
    is trying to … with Gordon Brown. He is saying …" was asked "According to Gordon Brown";
    "deny {{c1::wrongdoing and state}} they are settling"; "What did James Wareham tell the 10
    had agreed to pay …?"; "When was the … operator filed for bankruptcy …?" of a sentence
    whose verb the parser read as a participle; and "With who is …?"."""
    from spacy.tokens import Doc

    from quizgen.extractor import _is_trivial

    questions = _questions("The prime minister is trying to mend his bond with Tom Hale with a "
                           "speech in Leeds. He is saying that growth means both private wealth "
                           "and better public services. He is also claiming the party is more "
                           "united than ever.", nlp, 100)
    assert not [q.question for q in questions if "According to Tom Hale" in q.question]
    assert "With whom is the prime minister trying to mend his bond with a speech in Leeds?" in \
        [q.question for q in questions]
    doc = Doc(nlp.vocab, words=["Both", "owners", "deny", "fraud", "and", "state", "they", "will",
                                "settle", "."],
              heads=[1, 2, 2, 2, 3, 3, 8, 8, 2, 2],
              deps=["det", "nsubj", "ROOT", "dobj", "cc", "conj", "nsubj", "aux", "conj",
                    "punct"],
              pos=["DET", "NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "PRON", "AUX", "VERB",
                   "PUNCT"],
              tags=["DT", "NNS", "VBP", "NN", "CC", "NN", "PRP", "MD", "VB", "."])
    assert _is_trivial(doc[3:6], set())  # (the parser's reading of our words)
    assert quizgen.ask("Ann Lee, a lawyer for one of the owners, told Reuters the owners had "
                       "agreed to pay those who lost money when the mill closed.", "Reuters",
                       nlp=nlp) != "What did Ann Lee tell the owners had agreed to pay those " \
                                   "who lost money?"
    questions = _questions("The third-largest Welsh long-haul coach operator filed for "
                           "bankruptcy in 2003 when a $4m fuel scandal was found.", nlp, 100)
    assert not [q.question for q in questions if " was the " in q.question]


def test_a_sentence_inside_a_quotation_and_a_named_member_s_party(nlp):
    """Regression, from reading BBC banks: '… told BBC Sport: "I … believe Rafa is doing a good
    job. He is the right man at the right place. "…' was asked "What is Gerard Houllier? —
    right man"; "According to conservative shadow home secretary David Davis, …"."""
    questions = _questions('Tom Hale was angry at the reports. But Hale told the paper: "I have '
                           'said I think Ned is doing a fine job. He is the best coach in the '
                           'league. "Ned is a good man."', nlp, 100)
    assert [q.answer for q in questions] == ["Tom Hale"], questions
    questions = _questions("Labour has failed to cut waiting lists, the report says. Conservative "
                           "shadow health secretary Ann Lee said the government had failed to "
                           "open 40 new wards in the UK.", nlp, 100)
    assert "Who is the Conservative shadow health secretary?" in [q.question for q in questions]


def test_it_before_its_subject_a_person_s_word_read_as_a_verb_and_halves_of_a_comparison(nlp):
    """Regression, from reading BBC banks: "Despite struggling since it was opened in 1992,
    EuroDisney has …" asked "In what year was the sale opened?" of the sentence before's
    subject; "Who is a ball flung out to winger?" ("winger" read as a verb); "the {{c1::better
    the detail}}"; and "BBC Sport" offered among people."""
    from quizgen.extractor.questions import no_person_kind

    questions = _questions("The loan is one step in a scheme to pay off old debts. Despite "
                           "losing money since it was built in 1993, the Harbour Park has lately "
                           "begun to make a profit again.", nlp, 100)
    assert not [q.question for q in questions if "the loan built" in q.question]
    assert quizgen.ask("The cake was passed to winger Tom Hale who ran to score the winning try "
                       "for Leeds.", "Tom Hale", nlp=nlp) != "Who was the cake passed to winger?"
    answers = _answers("The more lamps the crew fit above the stage, the brighter the colour "
                       "seen by people in the back rows at night.", nlp, 100)
    assert "brighter the colour" not in answers, answers
    assert no_person_kind("BBC Sport", "BBC Sport unveils its new tool.") == "group"


def test_places_and_words_named_like_people_eras_and_a_king_s_first_name(nlp):
    """Regression, from reading a SQuAD article's bank: "Who is the Roman settlement? — Pons
    Aelius" (offered with kings), "Who is the regional nickname …? — Geordie", "Where was
    Newcastle England's northern fortress? — Middle Ages" and "{{c1::William}} the Conqueror's
    eldest son"."""
    from quizgen.extractor import _piece_of_a_name

    questions = _questions("The town grew up around the Roman settlement Vallis Aurea and took "
                           "its name from a fort raised by Tom Hale. Throughout the Middle Ages, "
                           "the town was the kingdom's northern fortress. The local nickname for "
                           "people from the town is Morlan.", nlp, 100)
    texts = [q.question for q in questions]
    assert not [t for t in texts if t.startswith(("Who is the Roman", "Who is the local",
                                                  "Where was the town"))], texts
    doc = nlp("The castle was built by Tom Hale, William the Bold's eldest son.")
    assert _piece_of_a_name(doc[8:9])


def test_the_end_of_a_range_with_its_unit_or_its_converted_value_is_not_stranded(nlp):
    """Regression, from reading a SQuAD article's bank: "How many m do adults of various
    species range from a few millimeters to in size?" and "How many ft do …?"."""
    questions = _questions("Adults of the various kinds range from a few millimetres to 1.5 m "
                           "(4 ft) in size. Only 100 kinds have been named.", nlp, 100)
    assert not [q.question for q in questions if q.question.endswith("to in size?")]


def test_beliefs_are_attributed_and_halves_of_names_comparisons_and_access_are_no_answers(nlp):
    """Regression, from reading BBC banks: "Jonathan Edwards believes Phillips Idowu can take
    gold …" asked as a fact; "Reporters Without {{c1::Borders}}"; "What is China believed to
    extend over the net than any other country …? — greater censorship"; "What has China been
    accused of blocking …? — access" (to Google News)."""
    from quizgen.extractor import _piece_of_a_name

    assert quizgen.ask("Former record holder Tom Hale believes Ned Okafor can take gold at the "
                       "indoor games.", "Ned Okafor", nlp=nlp) == \
        "According to former record holder Tom Hale, who can take gold at the indoor games?"
    doc = nlp("The claim was made by the media watchdog, Writers Without Walls, on Monday.")
    assert _piece_of_a_name(doc[11:12])
    answers = _answers("Ruritania is said to impose harsher control on the press than any "
                       "other state in the region. Ruritania has been charged with blocking "
                       "access to Acme News by a press group.", nlp, 100)
    assert not {"harsher control", "access"} & set(answers), answers
    # what "it was thought" would happen is not asked as what did (she stayed away), nor the
    # start of a range stranded ("What has the film spent months from to five awards …?")
    assert quizgen.ask("It was thought that Ann Lee would appear in Leeds for the show in April "
                       "but she stayed away.", "Leeds", nlp=nlp) != \
        "Where would Ann Lee appear for the show in April?"
    assert " from to " not in quizgen.ask(
        "The play has spent months being praised, from the Leeds Drama Festival to three awards "
        "from the critics on Friday night.", "Leeds Drama Festival", nlp=nlp)


def test_it_after_a_date_blank_a_name_s_own_s_headings_and_a_first_since(nlp):
    """Regression, from reading BBC banks: "In 2004 it bought Romanian firm …" as a true or
    false statement, whose "it" only the sentence before names; "{{c1::McDonald}}'s, the
    world's largest restaurant chain, …"; "BBC1, {{c1::Radio 4 LW}} and this website." under
    a match's heading; "Since when are Ireland going for their first Grand Slam …?"."""
    from quizgen.extractor import _piece_of_a_name

    questions = _questions("Acme has bought several rivals since it was founded. In 2001 it "
                           "took over the Welsh maker Bryn Tools to gain its drill designs. In "
                           "March 2002 it acquired the Leeds rival Hale Saws.", nlp, 100)
    assert not [q.question for q in questions if " it acquired" in q.question]
    doc = nlp("Hallam's, the largest chain of shops in the north, is to sponsor a show.")
    assert _piece_of_a_name(doc[0:1])
    doc = nlp("Hallam's new show starts on Monday.")
    assert not _piece_of_a_name(doc[0:1])
    questions = _questions("Preview: Leeds v York\n\nSunday, 27 March\n\nBBC2, Radio 5 Live and "
                           "this website\n\nLeeds are going for their first title since 1992 "
                           "after three opening wins, and York represent their hardest test of "
                           "the season so far.", nlp, 100)
    assert not [q.question for q in questions if "website" in q.question or
                q.question.startswith("Since when")], questions


def test_who_is_the_person_next_to_it_though_the_parse_hangs_it_on_a_thing(nlp):
    """Regression, from reading BBC banks: "What did the return of star skipper Brian
    O'Driscoll miss with a hamstring injury?" (the parser's reading of our words is built
    here)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import form

    words = ["York", "are", "cheered", "by", "the", "return", "of", "club", "captain", "Tom",
             "Hale", "who", "missed", "the", "Derby", "match", "with", "a", "hamstring", "injury",
             "."]
    doc = Doc(nlp.vocab, words=words,
              heads=[2, 2, 2, 2, 5, 3, 5, 8, 10, 10, 6, 12, 5, 15, 15, 12, 12, 19, 19, 16, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "prep", "compound",
                    "compound", "compound", "pobj", "nsubj", "relcl", "det", "compound", "dobj",
                    "prep", "det", "compound", "pobj", "punct"],
              pos=["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "NOUN", "PROPN",
                   "PROPN", "PRON", "VERB", "DET", "PROPN", "NOUN", "ADP", "DET", "NOUN", "NOUN",
                   "PUNCT"],
              tags=["NNP", "VBP", "VBN", "IN", "DT", "NN", "IN", "NN", "NN", "NNP", "NNP", "WP",
                    "VBD", "DT", "NNP", "NN", "IN", "DT", "NN", "NN", "."],
              lemmas=["York", "be", "cheer", "by", "the", "return", "of", "club", "captain", "Tom",
                      "Hale", "who", "miss", "the", "Derby", "match", "with", "a", "hamstring",
                      "injury", "."],
              ents=["B-GPE"] + ["O"] * 8 + ["B-PERSON", "I-PERSON"] + ["O"] * 10)
    formed = form(doc[:], doc[14:16])
    assert formed is not None and formed.text == \
        "What did club captain Tom Hale miss with a hamstring injury?"


def test_a_common_word_opening_a_sentence_a_title_with_a_question_mark_and_one_of_a_kind(nlp):
    """Regression, from reading BBC banks: "When did House prices fall further?" and
    "{{c1::House}} prices fell …" (a name to the recogniser); "According to the Team, what did
    a comic version of radio information show?" of "a regular on Does the Team Think?, a comic
    version of …"; the false statement "Sundance isn't just twenty big screening."."""
    questions = _questions("House prices fell further in November as rate rises took their "
                           "toll, the surveyors found. Tory leader Ann Lee said the figures were "
                           "a warning.", nlp, 100)
    texts = [q.question for q in questions]
    assert "When did house prices fall further?" in texts, texts
    assert "House" not in [q.answer for q in questions]
    assert not [t for t in texts if "tory leader" in t]
    questions = _questions("Tom Hale will be remembered for his odd poems on TV in the 1970s. He "
                           "was also a regular on Can the Panel Guess?, a comic version of the "
                           "radio quiz The Wise Men. The festival is not just one big screening, "
                           "the organisers said.", nlp, 100)
    assert not [q for q in questions if "Panel" in q.question or
                q.type == "truefalse" and "just one" not in q.question and "screening" in
                q.question], questions


def test_a_year_that_says_which_ones_is_not_asked_as_what_they_are_of(nlp):
    """Regression, from reading BBC banks: "What does Tony Blair face his first prime
    minister's questions of? — 2005"."""
    questions = _questions("Tom Hale faces his first council questions of 2006 after a week of "
                           "talk about his ties with Ann Lee.", nlp, 100)
    assert not [q.question for q in questions if q.question.endswith(" of?")]


def test_an_owner_s_title_stays_out_of_the_role(nlp):
    """Regression, from reading the final sample's banks: "Who is the Lord nephew?" of "Lord
    Scarman's nephew George Ritchie"."""
    assert quizgen.ask("Lord Hale's nephew Tom Ritchie said the peer, who died on Friday, would "
                       "be sadly missed.", "Tom Ritchie", nlp=nlp) != "Who is the Lord nephew?"


def test_two_clauses_run_together_with_neither_and_nor_a_comma_are_a_misparse(nlp):
    """Regression, from reading the final sample's banks: "Who suggests 81% of 16 to
    20-year-olds feel strongly …? — Electoral Commission" of "Research undertaken for voting
    watchdog the Electoral Commission suggests …", whose verb the parser joined to
    "undertaken" with the name as its subject."""
    from quizgen.extractor.questions import misparsed_clause

    doc = nlp("Research undertaken for the watchdog the Ballot Board suggests 81% of young voters "
              "feel strongly about crime.")
    suggests = next(t for t in doc if t.text == "suggests")
    assert suggests.dep_ == "conj"  # (the parser's reading this test is about)
    assert misparsed_clause(suggests)


def test_a_contracted_verb_parted_from_its_subject_is_written_in_full(nlp):
    """Regression, from reading BBC banks: "BRENTFORD 're since reaching the quarter-finals …
    when?" and "What 're the Rovers on …?" of "They're on their best run …"."""
    text = ("The Rovers were beaten at home last spring. They're on their longest unbeaten run "
            "since winning the county shield for a third time in 1987.")
    asked = [quizgen.ask(text, answer, nlp=nlp) for answer in ("1987", "longest unbeaten run")]
    assert not [q for q in asked if "'re" in q], asked
    assert "What are the Rovers on" in asked[1]


def test_a_name_before_a_participle_after_with_is_not_asked_for(nlp):
    """Regression, from reading BBC banks: "Who are Anders Svensson and Matt Oakley likely
    replacements with also scheduled to start?" of "… likely replacements with Kevin Phillips
    also scheduled to start"."""
    from quizgen.extractor.questions import form

    doc = nlp("Tom Hale and Sam Price are possible stand-ins with Joe Marsh also expected to "
              "play, with Ian Todd rested.")
    marsh = next(t for t in doc if t.text == "Marsh")
    assert marsh.head.text == "with"  # (the parse's reading)
    assert form(doc[:], doc[marsh.i - 1:marsh.i + 1]) is None
    doc = nlp("Tom Hale shared a flat with Joe Marsh in Leeds.")
    assert form(doc[:], doc[6:8]).text == "Who did Tom Hale share a flat with in Leeds?"


def test_a_weekday_after_a_name_is_part_of_it(nlp):
    """Regression, from reading BBC banks: "… drawing at home to Sheffield {{c1::Wednesday}}"
    and "When did the Owls lose at home to Sheffield in the cup?"."""
    answers = _answers("The town band played well and the visitors were Harwich Wednesday, a "
                       "side from the coast. The match was played in the rain on Friday.", nlp,
                       100)
    assert "Wednesday" not in answers and "Friday" in answers, answers


def test_a_relative_clause_without_that_is_no_cloze_of_its_own(nlp):
    """Regression, from reading BBC banks: "David McLetchie would have to discuss with the other
    partners at {{c1::Tods Murray}}." of "… it was a matter he would have to discuss with …",
    which the parse read as a clause said of the matter."""
    from spacy.tokens import Doc

    from quizgen.extractor import _cloze_tokens

    parsed = nlp("She said on Monday that little had changed in terms of her role with the "
                 "small charity over the past year and it was a matter she would have to raise "
                 "with the other trustees at Ferris Lane.")
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    have = next(t.i for t in parsed if t.text == "have")
    heads[have], deps[have] = next(t.i for t in parsed if t.text == "was"), "ccomp"
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], heads=heads, deps=deps,
              tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    assert _cloze_tokens(doc[:], doc[-3:-1]) is None
    deps[have] = "conj"  # a clause of its own: "… and she would have to raise it with …"
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], heads=heads, deps=deps,
              tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed])
    assert _cloze_tokens(doc[:], doc[-3:-1]) is not None


def test_a_noun_read_as_the_verb_of_what_is_expected_is_a_misparse(nlp):
    """Regression, from reading BBC banks: "According to Chelsea manager Jose Mourinho, who
    clashes with Barcelona? — Champions League" of "… expects the Champions League clash with
    Barcelona to be a fight to the finish"."""
    from quizgen.extractor.questions import form

    doc = nlp("Manager Ann Lee expects the Premier Shield clash with Dover to be a fight to the "
              "end.")
    assert doc[7].text == "clash" and doc[7].dep_ == "ccomp"  # (the parse's reading)
    assert form(doc[:], doc[5:7]) is None and form(doc[:], doc[9:10]) is None
    doc = nlp("Ann Lee expects the council to build a new bridge over the Tyne.")
    assert form(doc[:], doc[0:2]).text == "Who expects the council to build a new bridge over " \
        "the Tyne?"


def test_a_superlative_measure_of_a_change_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What did Germany's economy grow at in four years
    during 2004? — fastest rate"."""
    answers = _answers("The town's population grew at its fastest pace in a decade last year, "
                       "the census office found. House prices fell to their lowest level since "
                       "1990.", nlp, 100)
    assert not [a for a in answers if a.endswith(("pace", "level"))], answers


def test_a_condition_and_what_follows_from_it_are_no_cloze_apart(nlp):
    """Regression, from reading BBC banks: "{{c1::Gavi}} could increase its funding for
    immunisation by an extra £4bn over 10 years." of "If Gavi could increase … then an extra
    five million lives could have been saved …"."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("If the fund could raise its spending on clean water by an extra £4bn over 10 "
              "years, then an extra two million children could have been saved by 2015 and two "
              "million thereafter, the minister argued.")
    for answer in (doc[16:18], doc[20:24]):  # "10 years", "extra two million"
        tokens = _cloze_tokens(doc[:], answer)
        assert tokens is None or "If" in [t.text for t in tokens], tokens


def test_a_player_of_a_city_s_team_is_a_person(nlp):
    """Regression, from reading BBC banks: "What did scrum-half Matt Dawson replace? — Harry
    Ellis" of "… who replaced Leicester's Harry Ellis", whose city the recogniser took for a
    person and so the player for a person's work."""
    asked = quizgen.ask("Scrum-half Tom Hale, who replaced Norwich's Sam Price, was lively.",
                        "Sam Price", nlp=nlp)
    assert asked == "Who did Scrum-half Tom Hale replace?"
    assert quizgen.ask("Ann Lee's Robin Crusoe won the prize.", "Robin Crusoe",
                       nlp=nlp).startswith("Ann Lee's what")


def test_a_hyphenated_name_is_one_subject(nlp):
    """Regression, from reading BBC banks: "What did Wal use? — open letter" of "Wal-Mart kicked
    off the battle …, using an open letter …", whose three pieces the parser made three
    subjects."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import form

    parsed = nlp("Tesco-Direct opened the sale with posters in shops, using a big red banner.")
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    heads[:3], deps[:3] = [3, 3, 3], ["nsubj", "nsubj", "nsubj"]  # the parser's Wal-Mart
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_)
                                                                  for t in parsed],
              heads=heads, deps=deps, tags=[t.tag_ for t in parsed],
              pos=[t.pos_ for t in parsed], lemmas=[t.lemma_ for t in parsed])
    doc = nlp.get_pipe("quizgen_past_tenses")(doc)
    assert [t.dep_ for t in doc[:3]] == ["compound", "punct", "nsubj"]
    assert form(doc[:], doc[-4:-1]).text == "What did Tesco-Direct use?"


def test_a_light_noun_with_an_adjective_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What happens back at the bank's secure servers? —
    clever bit", and "the near future", "a bigger part", "new things", "overwhelming
    majority"."""
    answers = _answers("The clever part happens later at the bank's own servers. Users will "
                       "try new things in the near future, Ann Lee said.", nlp, 100)
    assert not {"clever part", "new things", "near future"} & set(answers), answers
    # nor an amount without its figure ("the {{c1::overwhelming majority}}", "A {{c1::previous
    # estimate}}, contained in …")
    answers = _answers("Earlier research has shown the overwhelming majority have voted Green. "
                       "A previous estimate, made in a 1998 report, said the change could save "
                       "50 lives a year.", nlp, 100)
    assert not {"overwhelming majority", "previous estimate"} & set(answers), answers


def test_a_name_set_beside_a_kind_of_work_is_no_person_s():
    """Regression, from reading BBC banks: "Who pits teams against each other? —
    Counter-Strike", where the article called it the most popular of online games."""
    from quizgen.extractor.questions import no_person_kind

    assert no_person_kind("Trench Fire", "Trench Fire, by far the best selling war game, sets "
                          "two sides against each other.") == "work"
    assert no_person_kind("Ann Lee", "Ann Lee, the film's director, was pleased.") == ""
    assert no_person_kind("Ann Lee", "Ann Lee, a singer, made a film, a short one.") == ""


def test_a_list_read_as_appositions_is_asked_about_whole(nlp):
    """Regression, from reading BBC banks: "Who has all been awarded MBEs after beating
    pre-race favourites USA to gold? — Gardener" and "What have Gardener been awarded MBEs
    after beating to gold?" of "Gardener, Darren Campbell, Marlon Devonish and Mark
    Lewis-Francis have all been awarded MBEs …", a list the parser read as appositions."""
    text = ("Fielder, Dan Cole, Mark Devon and Matt Lewis-Ford have all been made OBEs after "
            "beating the favourites Kenya to gold.")
    doc = nlp(text)
    assert doc[3].dep_ == "appos"  # (the parse's reading)
    questions = _questions(text, nlp, 100)
    assert not [q for q in questions if q.type != "cloze" and q.answer == "Fielder"], questions
    assert not [q for q in questions if "Fielder" in q.question and "Matt Lewis-Ford" not in
                q.question and q.type != "cloze"], questions


def test_a_piece_with_no_verb_is_no_cloze(nlp):
    """Regression, from reading BBC banks: "Personal Reflections on {{c1::Adoption}}, a
    documentary about families with adopted children." — the end of a title the article broke
    off with "..."."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("Personal Notes on Fostering, a documentary about families with foster children.")
    assert _cloze_tokens(doc[:], doc[-3:-1]) is None
    doc = nlp("The film won praise from families with foster children.")
    assert _cloze_tokens(doc[:], doc[-3:-1]) is not None


def test_an_age_at_death_is_no_thing_died_at(nlp):
    """Regression, from reading BBC banks: "What has Conductor Marcello Viotti died in Germany
    at? — 50"."""
    text = "Conductor Tom Hale, director of the Leeds Opera House, has died in Spain at 61."
    assert quizgen.ask(text, "61", nlp=nlp) != "What has Conductor Tom Hale died in Spain at?"
    assert quizgen.ask("The price was set at 40 in May.", "40", nlp=nlp) == \
        "What was the price set at in May?"


def test_a_word_of_a_body_s_name_with_for_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Who confirmed Mr Smith was still in post? —
    Department" of "A Department for Work and Pensions spokeswoman confirmed …", and a
    "{{c1::Bridges}}" of such a name."""
    answers = _answers("A Department for Roads and Bridges spokeswoman confirmed Mr Hale was "
                       "still in post.", nlp, 100)
    assert not {"Department", "Bridges", "Roads"} & set(answers), answers


def test_a_programme_called_today_is_no_date(nlp):
    """Regression, from reading BBC banks: "On {{c1::that day's Today}} programme Mr Johnson
    was asked why …"."""
    answers = _answers("On that day's Today programme Mr Hale was asked why the mayor had been "
                       "allowed to resign. Today, the council meets in Leeds.", nlp, 100)
    assert not [a for a in answers if a.endswith("Today")], answers


def test_a_word_of_a_name_joined_by_and_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… according to the {{c1::World Travel}} and Tourism
    Council", "the World Travel and {{c1::Tourism Council}}" and "The {{c1::International
    Federation of the Red Cross}} and Red Crescent Societies told …"."""
    answers = _answers("Farming is a vital part of the economy of the islands, according to the "
                       "World Farming and Fishing Council. The Northern Federation of the Blue "
                       "Star and Green Moon Societies told a news agency that it was seeking "
                       "aid. Talks between Chelsea and the Football Association ended.", nlp, 100)
    assert not {"World Farming", "Fishing Council", "Northern Federation of the Blue Star",
                "Blue Star and Green Moon Societies", "Green Moon Societies"} & set(answers), \
        answers
    from quizgen.extractor import _piece_of_a_name

    doc = nlp("It grew, according to the World Farming and Fishing Council.")
    assert _piece_of_a_name(doc[6:8]) and _piece_of_a_name(doc[9:11])  # (where the recogniser
    assert not _piece_of_a_name(doc[6:11])  # cuts it)


def test_a_storm_is_no_person_and_that_before_a_noun_is_no_clause(nlp):
    """Regression, from reading BBC banks: "Who killed about 10,000 people? — Mitch", a storm
    the article first calls "Hurricane Mitch", and "What percentage is expansion? — 23%" of "In
    southern Asia that expansion is 23%."."""
    texts = [q.question for q in _questions(
        "Aid was offered after Hurricane Rosa. Rosa killed about 9,000 people in 1999. Trade "
        "grew fast in Europe in 2004. In eastern Europe that growth was 31%.", nlp, 100)]
    assert not [t for t in texts if t.startswith("Who") or "was growth" in t], texts


def test_what_one_is_helped_to_do_is_no_clause_of_its_own(nlp):
    """Regression, from reading BBC banks: "What finds budgets to rebuild devastated coastal
    areas? — South Asian governments" of "The move was aimed at helping South Asian
    governments find budgets to rebuild …"."""
    texts = [q.question for q in _questions(
        "The loan was aimed at helping local farmers find money to rebuild ruined barns, though "
        "so far only two towns have said that they will take it up.", nlp, 100)]
    assert not [t for t in texts if "finds money" in t or t.startswith("Local farmers find")], \
        texts


def test_a_condition_and_what_follows_from_it_are_not_asked_as_facts(nlp):
    """Regression, from reading BBC banks: "Who fail to beat Feyenoord? — Basle" and "Basle fail
    to beat what?" of "A win … would put them through … if Basle fail to beat Feyenoord"; and
    "Who fired a gun that night?" of "… would have been present if he fired …"."""
    texts = [q.question for q in _questions(
        "A win over Leeds would send the club into the final eight if Dover fail to beat "
        "Fulham. If it rains, the match will be moved to Friday.", nlp, 100)
        if q.type != "cloze"]
    assert not [t for t in texts if t.startswith(("Who fail", "Dover")) or "moved" in t], texts


def test_the_whole_of_a_share_out_of_it_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… how many voters do not trust politicians to tell
    the truth? — 10" of "Eight out of 10 voters do not trust politicians …"."""
    answers = _answers("Seven out of 10 drivers do not trust the new speed cameras, a survey "
                       "for the AA suggests.", nlp, 100)
    assert "10" not in answers, answers


def test_a_cloze_keeps_a_word_the_parse_made_the_mark_of_its_verb(nlp):
    """Regression, from reading BBC banks: "One of the biggest problems which had faced Ms Hutt
    during her five-and-a-half years the assembly's {{c1::first health minister}} was …",
    whose "as" the parse made the mark of "was" and the cloze dropped."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("One of the hardest tasks which had faced Mr Dale during his six-and-a-half years "
              "as the council's first housing chief was the length of the queue for new homes "
              "in the town.")
    assert [t.head.text for t in doc if t.dep_ == "mark"] == ["was"]  # (the parse's reading)
    tokens = _cloze_tokens(doc[:], doc[-4:-2])
    assert tokens is None or "as" in [t.text for t in tokens]


def test_a_place_a_clause_opens_with_ends_its_question(nlp):
    """Regression, from reading BBC banks: "What percentage is the figure? — close to 5%" of
    "In Singapore the figure is …"."""
    assert quizgen.ask("In Malta the figure is close to 7%.", "close to 7%", nlp=nlp) == \
        "What percentage is the figure in Malta?"
    assert quizgen.ask("On Monday the price rose by 7%.", "7%", nlp=nlp) == \
        "What percentage did the price rise by?"


def test_a_clause_cut_from_its_wh_phrase_is_no_cloze(nlp):
    """Regression, from reading BBC banks: "Party can get their {{c1::core support}} out." of
    "… an election which, most analysts seem to agree, will hinge on which party can get their
    core support out", the clause cut from its "on which"."""
    from spacy.tokens import Doc

    from quizgen.extractor import _cloze_tokens

    parsed = nlp("Some good polls have also done wonders for the members' spirits - likely to be "
                 "a key factor at a contest which, most experts now seem to think, will turn on "
                 "which side can bring its loyal voters out.")
    words = [t.text for t in parsed]
    heads, deps = [t.head.i for t in parsed], [t.dep_ for t in parsed]
    on, which, bring = (words.index(w, 25) for w in ("on", "which", "bring"))
    heads[on], heads[which], deps[which], deps[bring] = bring, on, "pobj", "advcl"
    doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed], heads=heads,
              deps=deps, tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed],
              lemmas=[t.lemma_ for t in parsed])
    assert _cloze_tokens(doc[:], doc[bring + 2:bring + 4]) is None


def test_a_plural_verb_joined_to_one_person_s_is_not_asked_of_them(nlp):
    """Regression, from reading BBC banks: "What have Tony Blair even managed to score points
    in?" of "They have had Labour on the back foot …, with Tony Blair hastily adding a sixth
    promise …, and have even managed to score points …"."""
    from quizgen.extractor.questions import form

    doc = nlp("The Greens have had the council on the back foot over housing, with Ann Lee "
              "hastily adding a sixth pledge on the issue to her latest leaflet, and have even "
              "begun to win votes in old Labour areas such as health and schools.")
    assert [t.head.text for t in doc if t.text == "begun"] == ["adding"]  # (the parse's)
    assert form(doc[:], doc[37:40]) is None and form(doc[:], doc[35:36]) is None


def test_a_speech_verb_whose_words_went_as_an_aside_is_no_cloze(nlp):
    """Regression, from reading BBC banks: the true statement "On Friday, the government
    said." of "… said its five-year estimate of rebuilding costs for Banda Aceh province - much
    of which was flattened by the quake and the tsunami - was 20 trillion rupiah …", whose
    parse put what was said inside the dashes."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("On Monday, the council said its ten-year estimate of repair costs for the Marsh "
              "Lane estate - much of which was damaged by the floods and the storm - was 20 "
              "million pounds ($38m), twice the first figure.")
    assert [t.text for t in doc if t.dep_ == "ccomp"] == ["damaged"]  # (the parse's reading)
    assert _cloze_tokens(doc[:], doc[1:2]) is None


def test_another_name_after_aka_is_no_role_and_no_part_of_the_question(nlp):
    """Regression, from reading BBC banks: "Who is the Fatboy Slim? — DJ Norman Cook" of "DJ
    Norman Cook - aka Fatboy Slim - has said …"; and "Who aka Slim Jim has said …?"."""
    from quizgen.extractor.questions import form

    doc = nlp("DJ Sam Price - aka Fatcat Dan - has said that disco is not dead.")
    assert form(doc[:], doc[0:3]).text == "Who has said that disco is not dead?"
    doc = nlp("Rapper Tom Hale - aka Slim Jim - has said that hip hop is not dead.")
    assert form(doc[:], doc[0:3]).text == "Who has said that hip hop is not dead?"
    from spacy.tokens import Doc

    parsed = nlp("DJ Tom Hale - aka Fatcat Dan - has said that disco is not dead.")
    words = [t.text for t in parsed]
    heads, deps = [t.head.i for t in parsed], [t.dep_ for t in parsed]
    heads[6], deps[6] = 2, "appos"  # the parse of "DJ Norman Cook - aka Fatboy Slim -"
    doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed], heads=heads,
              deps=deps, tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed],
              lemmas=[t.lemma_ for t in parsed],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PRODUCT", "I-PRODUCT"] +
              ["O"] * (len(words) - 7))
    assert not form(doc[:], doc[0:3]).text.startswith("Who is the Fatcat")


def test_a_phrase_holding_the_sentence_s_verb_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Detaining foreign terrorist suspects without
    {{c1::trial breaks human rights laws}}, the UK's highest court has ruled."."""
    doc = nlp("Keeping asylum seekers without trial breaks human rights laws, the country's top "
              "court has ruled.")
    breaks = next(t for t in doc if t.text == "breaks")
    assert breaks.dep_ == "compound"  # (the parse's reading)
    answers = _answers(doc.text, nlp, 100)
    assert not [a for a in answers if "breaks" in a], answers


def test_a_hyphenated_word_keeps_the_words_in_front_of_it(nlp):
    """Regression, from reading BBC banks: "{{c1::Fake bank}} e-mails, or phishing, and stories
    about ID theft are damaging …", whose "e-mails" the parser cut in three."""
    answers = _answers("Fake charity e-mails, or scams, and stories about card fraud are hurting "
                       "online trade, say retail experts.", nlp, 100)
    assert "Fake charity" not in answers, answers


def test_a_short_form_of_syllables_and_one_of_some_kind_are_no_answers(nlp):
    """Regression, from reading BBC banks: "What is the New York Mercantile Exchange? — Nymex",
    "One of the {{c1::biggest challenges}} to improving security …" and "a $1m
    {{c1::tournament thanks}} to one of the country's top teams"."""
    from quizgen.extractor.questions import is_abbreviation

    doc = nlp("Cotton futures fell on the Leeds Cotton Exchange (Lecex) and the Hull Wool Board "
              "(Hewbo).")
    assert is_abbreviation(doc[9:10]) and not is_abbreviation(doc[17:18])
    answers = _answers("One of the biggest challenges to making roads safer is how to slow "
                       "drivers down. Road deaths fell in Leeds in 2004.", nlp, 100)
    assert "biggest challenges" not in answers, answers
    # nor a noun and the first word of a preposition ("a $1m {{c1::tournament thanks}} to …")
    questions = _questions("Young chess players will take part in a $5,000 contest thanks to "
                           "one of the city's big clubs.", nlp, 100)
    assert not [q for q in questions if q.answer.endswith("thanks") or
                q.question.endswith("thanks?")], questions


def test_a_word_of_a_name_with_of_the_every_one_and_a_fine_job_are_no_answers(nlp):
    """Regression, from reading BBC banks: "Queen of the {{c1::Sky}} developed …", "… did a
    {{c1::fine job}} of capturing …" and "… triumphing in {{c1::virtually every
    department}}"."""
    answers = _answers("King of the Road grew over the years into a voice of its own, according "
                       "to Ms Lee. Ann Lee became President of the United States in 2001. The "
                       "rivals did a fine job of catching the mood of the time. They won in "
                       "nearly every category in Leeds.", nlp, 100)
    assert not {"Road", "fine job", "nearly every category"} & set(answers), answers
    assert "United States" in answers, answers


def test_a_second_clause_whose_subject_was_read_as_a_second_object_is_a_misparse(nlp):
    """Regression, from reading BBC banks: "Who has already announced plans to help first-time
    buyers and the Tories would extend right-to-buy schemes? — Labour"."""
    text = ("The Greens have already set out plans to help young renters and the Tories would "
            "extend cheap loan schemes.")
    doc = nlp(text)
    assert [t.dep_ for t in doc if t.text in ("Tories", "extend")] == ["conj", "ccomp"]
    texts = [q.question for q in _questions(text, nlp, 100) if q.type != "cloze"]
    assert not [t for t in texts if "would extend" in t], texts


def test_per_cent_in_words_is_a_percentage_of_things_in_the_plural(nlp):
    """Regression, from reading BBC banks: "How much remains on cameras? — Eighty per cent"
    (the recogniser took "per cent" for money), and "What percentage of the photos remains
    …?"."""
    assert quizgen.ask("Seventy per cent of the songs stay on phones, the study found.",
                       "Seventy per cent", nlp=nlp) == \
        "What percentage of the songs stay on phones?"
    assert quizgen.ask("Two-thirds of the land is farmed.", "Two-thirds", nlp=nlp) == \
        "What share of the land is farmed?"


def test_a_term_made_of_an_adjective_and_a_light_noun_stays_an_answer(nlp):
    """Regression, from comparing SQuAD banks: "A natural number greater than 1 that is not a
    prime number is called a {{c1::composite number}}." was lost to the rule that "the clever
    bit" is no answer."""
    answers = _answers("A whole number above 2 that can be split into two equal whole numbers "
                       "is called an even number. Farmers in Leeds lost time in May.", nlp, 100)
    assert "even number" in answers, answers


def test_what_a_sentence_is_about_and_a_bare_that_are_not_asked(nlp):
    """Regression, from reading BBC banks: "On what did Parry also reveal the club is ready to
    explore …? — subject of Liverpool's finances" and "Who slaps that aside? — Brown"."""
    questions = _questions("Mr Hale was secretly planning bigger cuts, the Greens said. Mr Price "
                           "waves that aside in Leeds. On the subject of the club's debts, Mr Dale "
                           "revealed the club is ready to sell its old ground.", nlp, 100)
    assert not [q for q in questions if q.answer.startswith("subject of") or
                q.type != "cloze" and "that aside" in q.question], questions


def test_a_piece_of_an_award_s_name_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Who has Tate & Lyle's chief executive been named by
    a leading business magazine? — European Businessman" (of "European Businessman of the
    Year") and "Jauzion, France's player of the {{c1::year in 2004}}, …"."""
    answers = _answers("The bakery's owner has been named Northern Baker of the Year by a food "
                       "magazine. Hale, the club's player of the year in 2003, moved to Leeds in "
                       "May.", nlp, 100)
    assert not {"Northern Baker", "year in 2003"} & set(answers), answers


def test_a_role_leaves_out_its_body_s_abbreviation_in_brackets(nlp):
    """Regression, from reading BBC banks: "Who is the … Football Union (HKRFU chairman)?"
    (the closing bracket was dropped and put back at the end)."""
    assert quizgen.ask("Lakeland Walking Club (LWC) chairman Tom Reed has asked the council to "
                       "open the path.", "Tom Reed", nlp=nlp) == \
        "Who is the Lakeland Walking Club chairman?"


def test_a_quarter_of_a_draw_is_no_time(nlp):
    """Regression, from reading BBC banks: "When was Serena Williams drawn with second seed …?
    — bottom quarter"."""
    question = quizgen.ask("Ann Lee was drawn in the bottom quarter with the second seed, Mia "
                           "Cole.", "bottom quarter", nlp=nlp)
    assert not question.startswith("When"), question


def test_no_question_keeps_a_comparison_whose_other_side_it_lost(nlp):
    """Regression, from reading BBC banks: "Who is in the same quarter …? — Greg Rusedski" (the
    same as whose, only the sentence before said)."""
    questions = _questions("Tom Reed is in the same half of the draw and could face Ian Wood in "
                           "the second round. Reed also won the same title as his father did.",
                           nlp, 100)
    texts = [q.question for q in questions if q.type == "short"]
    assert "Who is in the same half of the draw?" not in texts, texts
    assert "Who also won the same title as his father did?" in texts, texts


def test_a_person_named_only_by_age_or_nationality_is_not_asked_about(nlp):
    """Regression, from reading BBC banks: "Who could the 23-year-old meet in the
    quarter-finals …?" and "Who has the American beaten …?": which one, the article said
    before (but "the French" are a team); nor is such a sentence filled in or judged."""
    questions = _questions("Ann Lee beat Mia Cole in the final. The 21-year-old could meet Kim "
                           "Park in the semi-finals next week. The American has beaten Park in "
                           "four of their six matches. The French stuttered to a narrow win over "
                           "Wales in Lyon.", nlp, 100)
    texts = [q.question for q in questions]
    assert not [t for t in texts if "the 21-year-old could" in t.lower() or
                "the american" in t.lower()], texts
    assert any("the French" in t for t in texts), texts


def test_a_player_named_only_by_position_is_neither_asked_about_nor_an_answer(nlp):
    """Regression, from reading BBC banks: "What is the winger carrying? — shoulder injury" and
    "Who is carrying a shoulder injury? — winger" (but "the veteran actor Jo Reed" is named)."""
    questions = _questions("Tom Hale joined Leeds in May. The winger is carrying a knee injury "
                           "and misses the game at Bristol. The veteran actor Jo Reed won the "
                           "award in 1990.", nlp, 100)
    assert not [q for q in questions if "winger" in q.question or q.answer == "winger"], \
        questions
    assert any("veteran actor" in q.question for q in questions), questions


def test_a_thing_named_only_by_a_or_an_is_not_asked_what_it_is_known_as(nlp):
    """Regression, from reading BBC banks: "What is a technology known as? — Really Simple
    Syndication" (which one, the question does not say)."""
    questions = _questions("To do this the shop uses a method known as double counting. The old "
                           "mill known as Hale Works closed in 1990. The first coal-fired machine "
                           "was a grain mill, built in 1702 by Tom Hale.", nlp, 100)
    texts = [q.question for q in questions]
    assert "What is a method known as?" not in texts, texts
    assert "Who built a grain mill in 1702?" in texts, texts  # (the sentence says which)


def test_a_second_object_that_shares_the_verb_is_left_out_of_the_question(nlp):
    """Regression, from reading BBC banks: "Who could Davenport encounter in the quarter-finals
    and third-ranked … in the semi-finals?"."""
    assert quizgen.ask("Lee could face Mia Cole in the last eight and Kim Park in the "
                       "semi-finals.", "Mia Cole", nlp=nlp) == \
        "Who could Lee face in the last eight?"


def test_a_firm_the_recogniser_took_for_a_person_is_neither_who_nor_a_person_s_option(nlp):
    """Regression, from reading BBC banks: "Who did Google acquire in 2003? — Pyra Labs" (the
    recogniser took the firm for a person, and offered it among people)."""
    text = ("Ann Fox bought Miro Labs in May. Tom Ladd sold Kestrel Software to Ann Fox. Later, "
            "Jo Hale met Tom Ladd and Ann Fox in Leeds. Jo Hale praised Ann Fox.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100)}
    assert asked.get("Miro Labs") == "What did Ann Fox buy in May?", asked
    assert "Kestrel Software" not in quizgen.distractors("Jo Hale", text, 3, nlp=nlp)


def test_a_thing_named_with_its_year_is_not_asked_for_without_it(nlp):
    """Regression, from reading BBC banks: "According to Tokumasu, what had been a huge success?
    — World Cup" (of "the 2002 football World Cup", in an article about the 2011 one)."""
    questions = _questions("Leeds hopes to host the 2011 chess Grand Prix. Lee added that the "
                           "2002 chess Grand Prix, held in Leeds and York, had been a huge "
                           "success.", nlp, 100)
    assert not [q for q in questions if q.type != "cloze" and q.answer == "Grand Prix"], \
        questions


def test_a_subject_that_no_one_or_neither_opens_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Who has dipped from the high standard …? — player"
    (of "neither player has dipped …")."""
    questions = _questions("Neither runner has slowed from the hard pace of the race in the "
                           "first mile. No rider fell on the wet road in Leeds.", nlp, 100)
    assert not [q for q in questions if q.type != "cloze" and q.answer in ("runner", "rider")], \
        questions


def test_a_sentence_whose_blank_is_a_person_s_nationality_is_not_filled_in(nlp):
    """Regression, from reading BBC banks: "A doctor treating the {{c1::Belgian}} feared …"
    (which Belgian, only the article said before)."""
    questions = _questions("Ann Lee hurt her wrist in May. A nurse treating the Belgian feared "
                           "that her season may be over. Lee has won the title twice.", nlp, 100)
    assert not [q for q in questions if "the Belgian" in q.question.replace("{{c1::", "")], \
        questions


def test_what_a_verb_calls_for_stays_in_its_question(nlp):
    """Regression, from reading BBC banks: "What has repeatedly called? — Germany and France"
    (the parse made "for the embargo to be lifted" a side clause)."""
    assert quizgen.ask("Spain and Italy have repeatedly called for the tax to be scrapped.",
                       "Spain and Italy", nlp=nlp) == \
        "What has repeatedly called for the tax to be scrapped?"


def test_a_counterpart_is_no_title(nlp):
    """Regression, from reading BBC banks: "Who is the Chinese counterpart Minister? — Li
    Zhaoxing"."""
    assert quizgen.ask("Ann Lee will meet Italian counterpart Minister Carlo Rossi in Rome.",
                       "Carlo Rossi", nlp=nlp) == "Who will Ann Lee meet in Rome?"


def test_a_year_after_a_fronted_back_is_not_asked_with_what(nlp):
    """Regression, found while testing a list of firms: "What were most shops small and Tesco?
    — 1990" (of "Back in 1990, …"; "traced back to" is another matter)."""
    questions = _questions("Back in 1990, Acme had only just opened, most shops were small and "
                           "Tesco, Asda and Lidl had yet to appear.", nlp, 100)
    assert not [q for q in questions if q.answer == "1990" and q.type != "cloze"], questions
    assert quizgen.ask("The custom can be traced back to the Middle Ages.", "the Middle Ages",
                       nlp=nlp) == "What can the custom be traced back to?"


def test_what_a_defining_clause_says_is_no_fact_about_its_noun(nlp):
    """Regression, from reading BBC banks: "What do tools watch? — behaviour of people" (of
    "Tools that watch the behaviour of people … could also help")."""
    questions = _questions("Sensors that watch the flow of traffic on roads could also help cut "
                           "delays. The museum, which opened in 1990, holds old maps.", nlp, 100)
    texts = {q.question: q.answer for q in questions}
    assert "What do sensors watch?" not in texts, texts
    assert "In what year did the museum open?" in texts, texts


def test_a_plural_idiom_and_a_bare_role_are_no_answers(nlp):
    """Regression, from reading BBC banks: "What did the rapper make an album behind? — bars",
    and "Who is leaving Britain on a tour of Africa? — chancellor" (the name the article gave
    before is the answer worth knowing)."""
    questions = _questions("The singer wrote a new song behind bars in Leeds in 2004. The two "
                           "firms are at odds over the plan. The prime minister spoke on Monday.",
                           nlp, 100)
    answers = {q.answer for q in questions if q.type != "cloze"}
    assert not {"bars", "odds", "singer"} & answers, answers
    assert "prime minister" in answers, answers


def test_a_firm_s_name_opening_a_sentence_keeps_its_capital(nlp):
    """Regression, from reading BBC banks: "How many games in the top 20 did electronic Arts
    have?" (but "House prices rose …" → "did house prices rise")."""
    questions = _questions("Electronic Arts, the biggest games firm, had 9 games in the top 20. "
                           "House prices rose by 9% in 2004.", nlp, 100)
    texts = " ".join(q.question for q in questions)
    assert "electronic Arts" not in texts and "Electronic Arts have" in texts, texts
    assert "did house prices rise" in texts, texts


def test_on_the_mend_and_as_a_result_are_no_answers(nlp):
    """Regression, from reading BBC banks: "What is Iraq's infrastructure on? — mend" and "What
    is trust in online security falling as? — result"."""
    questions = _questions("Leeds has grown fast in recent years. The city's transport network "
                           "is on the mend, with new trams in May. Faith in the old banks is "
                           "falling as a result, the poll in Leeds found.", nlp, 100)
    assert not {"mend", "result"} & {q.answer for q in questions}, questions


def test_it_after_a_colon_is_the_subject_of_the_clause_before_it(nlp):
    """Regression, from reading BBC banks: "Below what percentage is the country's economy set
    to slip …?" (of "The unemployment rate is improving, too: It …",
    "it" read as the sentence before's subject), and "… down from in May 2002?"."""
    questions = _questions("Output is forecast to rise by about 5% in 2025. The jobless rate is "
                           "easing, too: It is set to slip below 9% by the end of next year, "
                           "down from 14% in June 2021.", nlp, 100)
    texts = [q.question for q in questions]
    assert not [t for t in texts if "output set to slip" in t or "from in" in t], texts
    assert any("jobless rate set to slip" in t for t in texts), texts


def test_one_name_of_a_row_of_names_is_no_answer(nlp):
    """Regression, from reading BBC banks: "Halo, The Sims, {{c1::Driver}}, Need for Speed, …"
    and "Who were just a few that proved …? — Burnout" (a row of titles of all kinds, with no
    "and" for the parser to join)."""
    questions = _questions("Rift, The Keep, Glider, Road to Rome, Moto racing, Tundra were just a "
                           "few that sold as well as the first titles. Tom Hale met Ann Lee in "
                           "Leeds in May.", nlp, 100)
    assert not {"Glider", "Tundra", "Moto", "Rome"} & {q.answer for q in questions}, questions
    assert "Ann Lee" in {q.answer for q in questions}, questions


def test_a_subject_written_after_be_and_a_nationality_alone_are_not_asked(nlp):
    """Regression, from reading BBC banks: "What will be Sony's Qrio Robot? — Star of the
    show", "it" of the next sentence read as "Star of the show", and "Who is Mr Hadi? —
    Iraqi"."""
    questions = _questions("Star of the show will be the Acme robot, a singing machine that can "
                           "hold long talks. It will greet visitors in May. Yet investment is "
                           "still welcome, insists Mr Dunn, a Chilean who moved to Leeds in "
                           "1970.", nlp, 100)
    texts = [q.question for q in questions]
    assert not [t for t in texts if t.startswith(("What will be the Acme", "Who is Mr Dunn")) or
                "Star of the show greet" in t], texts
    # (but a bare noun without "of" is the subject it seems: found comparing SQuAD banks)
    assert "What is the liquid of choice in most old engines?" in [
        q.question for q in _questions("Water is the liquid of choice in most old engines.", nlp,
                                       100)]


def test_the_one_a_gerund_after_a_preposition_is_about_is_not_asked_alone(nlp):
    """Regression, from reading BBC banks: "What could a change of government lead to? —
    Turkey" (of "lead to Turkey reneging on …") and "With what could users need more help to
    locate important files? — hard drives" (of "With hard drives providing …")."""
    assert not quizgen.ask("Some fear that a change of leader could lead to the club dropping "
                           "key reforms it has made.", "the club", nlp=nlp).startswith(
        "According to some, what could a change of leader lead to?")
    questions = _questions("With memory cards offering more room, owners may need more help to "
                           "find old pictures, such as holiday snaps.", nlp, 100)
    asked = {q.answer for q in questions if q.type != "cloze"}
    assert "memory cards" not in asked, asked


def test_one_known_by_a_name_is_not_asked_who_knew_them(nlp):
    """Regression, from reading BBC banks: "What knew the Australian gamer? — Deathifier" (of
    "known only by his … moniker Deathifier": a name, read as the one who knew him)."""
    questions = _questions("The Irish fan, known only by his gaming name Grimlock, bought the "
                           "ship in an online auction.", nlp, 100)
    assert not [q for q in questions if "knew" in q.question], questions


def test_a_city_the_recogniser_took_for_a_person_gets_cities_and_is_offered_to_no_one(nlp):
    """Regression, from reading BBC banks: "What Brazilian city will host …?" offered three
    people, and every person's question offered the city."""
    text = ("Trade fair picks a host\n\n"
            "The Brazilian city of Belo Horizonte will host the next South American trade fair, "
            "organisers said on Monday. Fair director Marta Quintana said the city had beaten "
            "five rivals. Her deputy, Paulo Ferraz, said about 40,000 visitors were expected "
            "over four days.\n\n"
            "Finance minister Rui Esteves welcomed the decision. Local mayor Clara Nogueira said "
            "hotels in Belo Horizonte were already taking bookings.\n")
    from quizgen.extractor import gazetteer

    bank = quizgen.extract(text, "fair.txt", nlp=nlp, per_100_words=100)
    city = [q for q in bank.questions if q.answer == "Belo Horizonte" and q.choices]
    people = [q for q in bank.questions if q.question.startswith("Who") and q.choices]
    assert city and all(gazetteer.kind_of(c) == "city" for c in city[0].choices)
    assert people and not any("Belo Horizonte" in q.choices for q in people)
    assert "Belo Horizonte" not in quizgen.distractors("Marta Quintana", text, nlp=nlp)


def test_no_answer_stops_inside_a_word_and_no_example_is_cut_from_its_list(nlp):
    """Regression, from reading BBC banks: "What did that business make on a turnover of
    £392.1m? — profits of £21.5" (of "£21.5m"), "What does Smith have the backing of …,
    including?" and "What are Boro playing in Europe for? — first time"."""
    from quizgen.extractor import _acceptable

    questions = _questions("Mill results\n\nThe mill already has the support of many farmers "
                           "and bakers, including the miller Ruth Dale. The mill is selling "
                           "flour in France for the first time this year.\n", nlp, 100)
    assert not any(q.question.endswith("including?") for q in questions)
    assert "first time" not in [q.answer for q in questions]
    doc = nlp("Last year the mill made profits of £4.5m on sales of £71.2m.")
    at = next(t.i for t in doc if t.text == "profits")
    cut = doc[at:next(t.i for t in doc if t.text == "4.5") + 1]  # "profits of £4.5"
    assert not _acceptable("short", "What did the mill make on sales of £71.2m?", cut)
    assert _acceptable("short", "What did the mill make on sales of £71.2m?",
                       doc[at:cut.end + 1])


def test_a_date_run_on_past_its_comma_is_no_answer(nlp):
    """Regression, from reading BBC banks: "When were first half profits down …? — November,
    first half", with "October, first half" among the options."""
    text = ("Ferry results\n\nThe ferry firm carried more cars this year. In November, first "
            "half sales fell because of the storms. On Monday, 12 May, the firm opened a new "
            "route.\n")
    answers = [q.answer for q in quizgen.extract(text, "ferry.txt", nlp=nlp,
                                                 per_100_words=100).questions]
    assert not any(a.startswith("November,") for a in answers), answers


def test_a_firm_named_by_its_trade_an_owned_subject_and_an_idiom_s_object_are_no_answers(nlp):
    """Regression, from reading BBC banks: "What said Ms Mohd-Saaid had resigned …? — clothing
    and home furnishing retailer", "What will come into effect on 1 February? — departure"
    (of "Her departure") and "What is Laura Ashley parting? — company"."""
    text = ("Bakery chief leaves\n\n"
            "Bakery chain Crumbs is parting company with its chief executive Ines Ward. The "
            "bread and cake retailer said Ms Ward had left to run a farm. Her departure will "
            "take effect on 3 March, the firm said. Ms Ward joined Crumbs in 2001.\n")
    answers = [q.answer for q in quizgen.extract(text, "crumbs.txt", nlp=nlp,
                                                 per_100_words=100).questions]
    assert not {"bread and cake retailer", "departure", "company"} & set(answers), answers


def test_a_title_with_its_number_opening_a_sentence_is_a_name(nlp):
    """Regression, from reading BBC banks: "How many awards did burnout 3 win …?"."""
    from quizgen.extractor.questions import written_as_a_name

    doc = nlp("Burnout 3 won three awards. House prices rose by 3% in May.")
    assert written_as_a_name(doc[0])
    assert not written_as_a_name(next(t for t in doc if t.text == "House"))


def test_an_exclamation_is_no_fact(nlp):
    """Regression, from reading the BBC banks of a page with its readers' comments: "A
    {{c1::laptop computer}} is not a gadget!" and "{{c1::Shame}} the marketing was so bad!!!"."""
    text = ("Ferry favourites\n\nThe Harbour Trust voted the Maid of Ashby the best ferry of the "
            "century on Monday. A paddle steamer is not a real ferry! The Maid of Ashby was "
            "built in 1921 by the Dale yard in Hull.\n")
    questions = _questions(text, nlp, 100)
    assert not any("paddle steamer" in (q.sentence or q.question) for q in questions), \
        [q.question for q in questions]


def test_a_noun_whose_content_is_elsewhere_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What had been England's best outing? — game" (the
    event named before), "What did O'Sullivan reject? — contention" and "What did people tend
    to forget? — impact" (the clause right after the noun says what it is), "What is the
    constitution a step towards? — Europe" (of "a federal Europe") and "What attended an
    official screening? — trio" (the people named before)."""
    text = ("Hale admitted the match had been the visitors' best display of the winter. The "
            "coach also rejected Hale's contention Leeds dominated the second half. Fans tend "
            "to forget the impact the 1998 fire at the old stand had had on the club. Some "
            "critics say the new charter is a first step towards a united Wessex. The trio "
            "later attended a screening of the film in Leeds.")
    answers = _answers(text, nlp, 100)
    assert not {"match", "contention", "impact", "Wessex", "trio"} & set(answers), answers
    assert "Leeds" in answers, answers


def test_light_objects_groups_of_people_and_parts_of_superlatives_are_no_answers(nlp):
    """Regression, from reading BBC banks: "What did he call on the authorities to have? —
    serious look", "What has Michael Howard launched? — attack" (on what, the phrase after
    it says), "Who is being asked to play? — top players", "What did Mirza become to win a
    title? — Indian" (of "the youngest Indian"), "What has been pencilled into the diaries? —
    date" and "What has proved inaccurate? — previous claims"."""
    text = ("The coach called on the league to have a serious look at the calendar. The mayor "
            "has mounted an attack on the price of the new bridge. The best pupils are being "
            "asked to sit too many tests. Two years ago, Ann Berg became the youngest Norwegian to "
            "win the title in Leeds. The date has been written into the diary of every "
            "councillor. Previous forecasts of a wet summer have proved wrong.")
    answers = _answers(text, nlp, 100)
    assert not {"serious look", "attack", "best pupils", "Norwegian", "date",
                "Previous forecasts"} & set(answers), answers
    assert "Ann Berg" in answers, answers


def test_a_place_said_not_to_be_and_an_idea_said_before_are_not_asked(nlp):
    """Regression, from reading BBC banks: "Where is Hodgson a fierce advocate of the winter
    break? — England" (of "although not in England") and "What should the Premiership embrace?
    — idea"."""
    text = ("Ms Kerr is a keen supporter of the four-day week, although not in Wessex. The "
            "council should embrace the idea, she said. The four-day week began in Dunmore in "
            "2019.")
    questions = _questions(text, nlp, 100)
    assert not any(q.answer == "Wessex" and q.type != "cloze" for q in questions), questions
    assert "idea" not in {q.answer for q in questions}, questions
    assert "Dunmore" in {q.answer for q in questions}, questions


def test_an_events_age_is_no_time(nlp):
    """Regression, from reading BBC banks: "When is Bangkok a relatively recent addition to the
    festival calendar? — third year" (of "now in its third year")."""
    text = ("Now in its third year, the Dunmore fair is a fairly recent addition to the busy "
            "summer calendar. The fair will close on Friday with a parade.")
    answers = _answers(text, nlp, 100)
    assert "third year" not in answers and "Friday" in answers, answers


def test_a_name_that_opens_a_clause_does_not_name_the_noun_before_it(nlp):
    """Regression, from reading BBC banks: a band named right after "the record company" it
    was signed to was asked for as the company's name ("Which record company did … head?")."""
    question = quizgen.ask("Music boss Tom Hale, who ran the record company Silver Hollow "
                           "were signed to, will produce the new film.", "Silver Hollow",
                           nlp=nlp)
    assert not question.startswith("Which record company"), question


def test_a_description_before_a_name_is_no_role(nlp):
    """Regression, from reading BBC banks: "Anton Corbijn ↔ Dutch-born" among the pairs of a
    matching question of people and their roles."""
    text = ("Harbour mayor Ann Lee opened the new ferry terminal on Monday. Port director Sam "
            "Reed said the terminal would bring jobs. The building was designed by Danish-born "
            "Tom Hale, who also drew the new library. Council leader Jo Pike praised the "
            "design.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    pairs = [pair for q in bank.questions if q.type == "matching" for pair in q.pairs]
    assert pairs and ("Ann Lee", "Harbour mayor") in pairs, bank.questions
    assert not any(role == "Danish-born" for _, role in pairs), pairs


def test_half_a_quotation_is_no_answer(nlp):
    """Regression, from reading BBC banks: "The introduction of '{{c1::chip and pin' cards}}
    …" (the answer began inside the quotation marks)."""
    text = ("The introduction of 'tap and go' passes has cut the queues at the harbour gate. "
            "The new passes were launched in Dunmore in May.")
    answers = _answers(text, nlp, 100)
    assert not any(a.count("'") % 2 for a in answers), answers
    assert "harbour gate" in answers, answers


def test_a_participle_aside_is_not_the_subjects_own_verb(nlp):
    """Regression, from reading BBC banks: "When did Mr Saakashvili elect president? —
    January" (of "Mr Saakashvili, elected president in January after …, has urged …")."""
    text = ("Mr Brandvold, elected president in January after Mr Dolidze was toppled, has "
            "urged the parliament to approve the amnesty.")
    questions = [q.question for q in _questions(text, nlp, 100) if q.type != "cloze"]
    assert not any(re.search(r"\belect(ed)? (president|in)\b", q) for q in questions), questions


def test_she_after_a_family_the_article_calls_he_is_the_woman_named_before(nlp):
    """Regression, from reading BBC banks: a "she" after a sentence about a woman that ended
    with two men's names went to the last man, because the article called the woman's
    husband, of the same surname, "he"."""
    text = ("Singer Tom Berg has said his family will not make another series of the cookery "
            "show.\n\n\"I was tired of the cameras in our kitchen,\" he told reporters. His "
            "wife Ann, who also appears in the show, agreed.\n\nAnn Berg is currently a judge "
            "on the talent show Star Search alongside Sam Reed and Louis Moss.\n\nEarlier this "
            "year she came first in a poll of the most powerful people in television.")
    polls = [q.question for q in _questions(text, nlp, 100) if "poll" in q.question]
    assert polls and all("Ann Berg" in q for q in polls), polls


def test_the_year_of_a_work_in_brackets_is_not_asked_about_the_sentence(nlp):
    """Regression, from reading BBC banks: "What arguably remains Hailey's best-loved work? —
    1968" and "When did Moneychangers live? — 1975" (of a novel and its year in brackets)."""
    text = ("Harbour Lights (1968) arguably remains her best-loved book and was made into a "
            "film. Tides (1971), The Keepers (1975) and Salt (1979) followed.")
    questions = _questions(text, nlp, 100)
    assert not any(q.answer in ("1968", "1975") and q.type != "cloze" for q in questions), \
        questions


def test_a_bare_one_leaves_its_sentence_out(nlp):
    """Regression, from reading BBC banks: a true/false statement "Tony Blair had given one to
    MPs on Tuesday …" (one of what, only the sentence before said)."""
    text = ("Voters want a firm pledge on parking. Mr Hale had given one to the council on "
            "Monday about the cost of a permit. One of the councillors, Ann Berg, will stand again in May.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    assert not any("given one" in q.question for q in bank.questions), bank.questions
    assert any(q.answer == "Ann Berg" for q in bank.questions), bank.questions


def test_no_question_is_made_under_a_verb_that_lost_its_subject(nlp):
    """Regression, from reading BBC banks: in "That is the size of the "hole" the rivals
    believe he will have to fill …" the parser read "the rivals" as another name of the hole,
    left "believe" without a subject, and the clause under it was asked without its object
    ("What will he have to fill with tax rises after?")."""
    text = ("The town council of Brackwell met on Friday to set its budget for 2027. "
            'That is the scale of the funding "gap" the unions, '
            "supported by several economists, claim the council will have to close with new "
            "parking charges after the vote.")
    bank = quizgen.extract(text, "gap.txt", nlp=nlp, per_100_words=100)
    asked = [q.question for q in bank.questions if q.type != "cloze"]
    assert asked and not any("have to close" in q for q in asked), asked


def test_a_nation_or_a_party_and_a_trade_is_no_post_to_ask_about(nlp):
    """Regression, from reading BBC banks: "Who is the Irish actor?", "Who is the Labour
    peer?": one of many, where "Who is the Tory leader?" names one post."""
    text = ("Welsh singer Carys Pendry opened the harbour festival in Swansea on Friday, and "
            "Green Party leader Tomas Reyes closed it.")
    assert quizgen.ask(text, "Carys Pendry", nlp=nlp) != "Who is the Welsh singer?"
    assert quizgen.ask(text, "Tomas Reyes", nlp=nlp) == "Who is the Green Party leader?"


def test_a_noun_cut_from_its_of_phrase_and_a_bare_everyday_noun_are_no_answers(nlp):
    """Regressions, from reading BBC banks: "Who praised the spectators …? — Real Madrid
    director" (of "director of sport Emilio Butragueno"), "EA's {{c1::vice president}} of
    sales"; and "What ended the row? — vote", "What prompted the resignation …? — affair":
    "the vote", "the affair" point at what the article said before, and teach nothing."""
    from quizgen.extractor import _is_trivial

    doc = nlp("Kelso Rovers director of football Ana Levy praised the crowd for its calm.")
    assert _is_trivial(doc[0:3], set())  # "Kelso Rovers director"
    text = ("The council of Harwick met on Monday about the ferry link to the island of Sorrel. "
            "The row began when the ferry company said it would stop its winter crossings. The "
            "vote ended the row, and the council's leader, Mina Patel, said the island would "
            "keep its link.")
    answers = _answers(text, nlp, 100)
    assert "Mina Patel" in answers and not {"vote", "row", "island"} & set(answers), answers
    # (a share of a whole keeps its own question, "of" and all)
    questions = _questions("The vast majority of pictures stay on a home computer, a survey by "
                           "the Photo Council found.", nlp, 100)
    assert "What share of pictures stay on a home computer?" in [q.question for q in questions]


def test_a_term_the_lexicon_lacks_or_a_currency_is_an_answer_after_the(nlp):
    """The rule above spares terms: "the statocyst" of a text about jellies, "the dollar"."""
    text = ("The statocyst sits at the top of the body. The dollar fell against the euro in "
            "London on Tuesday, traders said.")
    answers = _answers(text, nlp, 100)
    assert {"statocyst", "dollar"} <= set(answers), answers


def test_an_apposition_ends_at_a_comma(nlp):
    """Regression, from the SQuAD benchmark: in "X, Nobel Prize winning physicist Y, …" the
    parser took "Nobel Prize" for another name of X, asked "Who is X? — Nobel Prize"."""
    text = ("Veteran sailor Ruth Okafor, Booker Prize winning novelist Dev Anand, and former "
            "rugby captain Sione Tau grew up in the port.")
    assert not quizgen.ask(text, "Booker Prize", nlp=nlp).startswith("Who is")


def test_quoted_as_saying_keeps_what_was_said(nlp):
    """Regression, from reading BBC banks: "Who was quoted as saying by a news agency?" (what
    the minister said came before)."""
    text = ("The new rules will apply to every port from May, the transport minister Ilse Marek "
            "was quoted as saying by a local news agency.")
    bank = quizgen.extract(text, "rules.txt", nlp=nlp, per_100_words=100)
    for q in bank.questions:
        assert "quoted as saying by" not in q.question or q.type != "short", q.question


def test_a_title_keeps_its_article_where_a_sentence_opens_with_it(nlp):
    """Regression, from reading BBC banks: "What has been screened by BBC One? — Different
    Story" (the film "A Different Story", named so inside a sentence before)."""
    text = ("Singer Ada Vale has made a film about her life. The film, A Quiet Harbour, follows "
            "her career from the 1990s. A Quiet Harbour, which is being shown at the Leeds Film "
            "Festival, has been screened by BBC Two.")
    answers = _answers(text, nlp, 100)
    assert "A Quiet Harbour" in answers and "Quiet Harbour" not in answers, answers


def test_a_name_listed_with_a_persons_is_a_persons(nlp):
    """Regression, from reading BBC banks: "What held on …? — Rutto": the recogniser saw no one
    in "Kenyans Evans Rutto and Margaret Okayo", only her."""
    text = ("The crowd saw a close finish as Kenyans Wilson Kiptoo and Ruth Wanjiru won the "
            "races in Leeds on Sunday. Kiptoo kept going to win although he slipped on the wet "
            "stones and fell against a fence.")
    questions = [q.question for q in quizgen.extract(text, "a.txt", nlp=nlp,
                                                     per_100_words=100).questions]
    assert any(q.startswith("Who kept going") for q in questions), questions


def test_he_after_a_sentence_about_a_post_is_not_the_last_name(nlp):
    """Regression, from reading BBC banks: "He is also head of the judiciary" after "The lord
    chancellor currently has the role …" became "Tony Blair is also head of the judiciary"
    (the tagger took the lower-case "chancellor" for a name)."""
    text = ('Premier Tom Blake has started a reform of the courts. "There is no plan," said Mr '
            'Hale.\n" The lord chancellor currently chairs the upper house.\n'
            "He is also head of the judges and a member of the cabinet as justice secretary.\n"
            "The new courts will open in June 2027.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    assert not any("Hale is also" in q.question or "Blake is also" in q.question
                   for q in bank.questions), [q.question for q in bank.questions]


def test_a_clause_with_a_noun_the_parser_hung_on_nothing_is_not_asked(nlp):
    """Regression, from reading BBC banks: a list of two seats, the first with an aside, the
    second hung on "were" as a `dep`, was asked "What were the seats … in north Kent Holby in
    Cumbria?"."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import misparsed_clause

    # the parse the parser made of such a sentence, on our own words
    words = ["The", "seats", "were", "Ash", "Vale", ",", "in", "Kent", ",", "and", "Holby", "."]
    heads = [1, 2, 2, 4, 2, 4, 2, 6, 2, 2, 2, 2]
    deps = ["det", "nsubj", "ROOT", "compound", "attr", "punct", "prep", "pobj", "punct", "cc",
            "dep", "punct"]
    pos = ["DET", "NOUN", "AUX", "PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "CCONJ",
           "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert misparsed_clause(doc[2])
    assert not misparsed_clause(nlp("The seats were Ash Vale and Holby.")[2])


def test_a_subject_asked_in_place_takes_a_singular_verb(nlp):
    """Regression, from the SQuAD benchmark: "What normally instruct members which way to
    vote?" of "Political parties normally instruct members …"."""
    from quizgen.extractor.questions import ask_in_place

    doc = nlp("Trade unions usually tell their members which way to vote.")
    assert ask_in_place(doc[:], doc[0:2]).text == \
        "What usually tells their members which way to vote?"


def test_a_length_of_time_after_another_event_is_no_time_of_its_own(nlp):
    """Regression, from reading BBC banks: "When was Mr Sigarchi sentenced? — one day" (of
    "sentenced one day after an online campaign …")."""
    text = ("The singer Mia Lund was fined one day after a newspaper printed the photos of the "
            "party in Oslo.")
    assert not quizgen.ask(text, "one day", nlp=nlp).startswith("When")
    for q in quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100).questions:
        assert q.answer != "one day" or q.type == "cloze", q.question


def test_a_question_that_ends_at_be_keeps_what_they_are(nlp):
    """Regression, from reading BBC banks: "What percentage of new cash machines being
    installed were?" (what they were, "Windows based", was left out); but "What will the bridge
    be?" asks what it will be."""
    from quizgen.extractor import _acceptable

    doc = nlp("Half of the new bikes were sold in May. The new bridge over the Tyne will be a "
              "toll road.")
    assert not _acceptable("short", "What share of the new bikes were?", doc[0:1])
    assert _acceptable("short", "What will the new bridge over the Tyne be?", doc[19:21])


def test_based_in_a_place_taken_for_a_person_asks_where(nlp):
    """Regression, from reading BBC banks: "Who are the club based in? — Sakhnin", where the
    article's club "Bnei Sakhnin" made the town a person's name to the resolver."""
    from quizgen.extractor.questions import form

    doc = nlp("The club won the cup last season and are based in Hamrun, which is near Valletta.")
    answer = next(doc[t.i:t.i + 1] for t in doc if t.text == "Hamrun")
    assert form(doc[:], answer, label="PERSON").text == "Where are the club based?"


def test_a_verb_and_its_bare_object_that_say_one_thing_give_no_answer(nlp):
    """Regression, from reading BBC banks: "What will two former auditors stand later this
    month? — trial"."""
    text = ("Two former club treasurers will stand trial later this year for their part in "
            "the fraud. The club was founded in Leeds.")
    answers = _answers(text, nlp, 100)
    assert answers and "trial" not in answers, answers


def test_a_person_in_apposition_to_a_role_is_not_asked_where(nlp):
    """Regression, from reading BBC banks: "Where is a state appointed administrator? —
    Enrico Bondi" (the recogniser took the administrator's name for a place)."""
    text = ("The dairy group is being managed by a court appointed administrator, Enrico "
            "Bondi, who sued 12 lenders. The group is in Parma.")
    for q in _questions(text, nlp, 100):
        assert not q.question.startswith("Where"), q.question


def test_two_objects_with_the_or_between_them_hung_elsewhere_are_not_asked(nlp):
    """Regression, from reading BBC banks: "Who says people will pay £85 for … a undecided
    fee?" (the "or" of "… together or a … fee" was hung on "together" and
    the second sum read as a second object of "pay")."""
    text = ("The Trust says members will pay £30 for a boat and trailer together or a "
            "unspecified fee for a separate trailer. The Trust was founded in Leeds.")
    for q in _questions(text, nlp, 100):
        assert q.type == "cloze" or " together" not in q.question, q.question


def test_an_everyday_noun_named_by_the_word_before_it_is_no_person(nlp):
    """Regression, from reading BBC banks: "Who does the music director attend with his
    family? — Ball" (of "the annual Governor's Ball") and "Who are the interviews to be placed
    in …? — Library" (of "the British Library")."""
    text = ("The letters will be kept in the Scottish Library as a public archive. After the "
            "match, the captain attends the yearly Mayor's Ball with her family.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100)}
    assert "Ball" not in asked and "Library" not in asked, asked
    assert asked.get("yearly Mayor's Ball") == "What does the captain attend with her family?"


def test_a_first_name_and_a_surname_the_recogniser_missed_ask_who(nlp):
    """Regression, from reading BBC banks: "What continues at scrum-half …? — Alessandro
    Troncon"."""
    text = ("Alessandro Troncon continues at fly-half despite the return to fitness of Tom "
            "Smith. The side face Wales on Sunday.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100)}
    assert asked["Alessandro Troncon"].startswith("Who continues at fly-half"), asked


def test_the_region_after_a_place_is_not_the_person_from_there(nlp):
    """Regression, from reading BBC banks: "Which man was arrested by …? — Surrey" (of "a man
    from Camberley, Surrey, was arrested")."""
    text = ("A 40-year-old man from Dorking, Surrey, was charged by the city police and "
            "remains in custody. The police are based in Leeds.")
    for q in _questions(text, nlp, 100):
        assert q.type == "cloze" or q.answer != "Surrey", q.question


def test_an_action_joined_by_and_stays_joined_when_tagged_an_adjective(nlp):
    """Regression, from reading BBC banks: "What did male MPs pretend to juggle and jeered
    … as women made Commons speeches?" (the tagger took the second verb for an adjective)."""
    text = ('Young voters pretended to juggle imaginary coins and jeered "liars" as ministers '
            'made long speeches, reporters from the paper were told.')
    for q in _questions(text, nlp, 100):
        assert q.type == "cloze" or "and jeered" not in q.question, q.question


def test_a_name_after_a_firm_called_is_no_person(nlp):
    """Regression, from reading BBC banks: "Who promptly passed into the hands of …? —
    Baikal", where the article had said "a previously unknown firm called Baikal"."""
    text = ("The factory was sold in March to a little-known firm called Baikal. Baikal "
            "quickly passed into the hands of the state-owned group Norcem, which makes cement.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Baikal", "").startswith("What quickly passed"), asked


def test_an_epithet_after_a_name_is_no_role(nlp):
    """Regression, from reading BBC banks: a matching pair "William Pitt ↔ the Younger"."""
    text = ("Tom Hale, the former chief whip, has written a life of William Pitt the Younger. "
            "Tom Reed, the shadow health secretary, praised the book. Former Labour leader Ann "
            "Clay said she liked it.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    roles = [role for q in bank.questions for _, role in q.pairs]
    assert "the Younger" not in roles, roles
    assert not any(q.question == "Who is the Younger?" for q in bank.questions)


def test_a_second_half_without_its_verb_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What did Mr Hague become an MP at and Leader of
    the Opposition at 36? — 27"."""
    text = ("Mr Dale became a councillor at 24 and Leader of the Council at 39. The council "
            "sits in Leeds.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert "24" not in asked and "39" not in asked, asked
    assert asked.get("Dale", "").startswith("Who became a councillor at 24"), asked


def test_a_thing_and_its_state_after_with_is_no_clause(nlp):
    """Regression, from reading BBC banks: the cloze "Stats faithfully researched and compiled
    by a {{c1::loyal army of fans}}." cut from "…, with stats faithfully researched …"."""
    text = ("It has a vast number of playable songs, with lyrics carefully checked and "
            "translated by a small team of fans. The game was made in Leeds.")
    for q in _questions(text, nlp, 100):
        assert not q.question.startswith(("Lyrics", "lyrics")), q.question


def test_a_name_set_beside_a_kind_of_firm_is_no_person(nlp):
    """Regression, from reading BBC banks: "Who is struggling under a huge debt burden …? —
    Varig", where the article had said "Varig, Brazil's flagship airline"."""
    text = ("The minister said the state would not step in to rescue Moreno, Peru's oldest "
            "airline. Moreno is struggling under debts of 900m soles. The airline was founded "
            "in Lima.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Moreno", "").startswith("What is struggling"), asked


def test_a_progressive_split_by_a_time_is_not_asked_when(nlp):
    """Regression, from reading BBC banks: "When is shadow education secretary Tim Collins? —
    Thursday" (of "… is on Thursday setting out …"); who she is is still asked."""
    text = ("Shadow health secretary Ann Reed is on Friday setting out a new scheme of grants "
            "for nurses. The scheme was drawn up in Leeds.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert "Friday" not in asked, asked
    assert asked.get("Ann Reed") == "Who is the Shadow health secretary?", asked


def test_a_verb_the_parse_hung_on_the_subject_is_left_out_of_it(nlp):
    """Regression, from reading BBC banks: "When was Mr Soros and won pelted by protestors in
    the Ukraine?" (the end of a dashed aside, "- and won,", hung on the subject)."""
    text = ("In France last month, Mr Dorn - who took on the central bank in the 1980s - and "
            "won, was jeered by farmers.")
    assert quizgen.ask(text, "farmers", nlp=nlp) == "Mr Dorn was jeered by whom?"


def test_an_opening_noun_the_tagger_took_for_a_name_is_not_cut_from_its_of(nlp):
    """Regression, from reading BBC banks: "What has been patchy …? — Use" (of "Use of games
    in …", the opening "Use" tagged as a name)."""
    text = "Use of games in colleges has grown fast since 2001. The colleges are in Leeds."
    assert "Use" not in _answers(text, nlp, 100)


def test_a_subject_before_its_object_is_never_asked_who(nlp):
    """Regression, from reading BBC banks: "Who made its call for stronger closure powers? —
    Acpo" ("its" says the subject is a body, whatever the recogniser took it for; or its owner
    is another, as "What blocked its application …?" shows, and it is not asked at all)."""
    text = ("The Acme Trust made its case for lower rents in a paper for the council. The "
            "trust is based in Leeds.")
    for q in _questions(text, nlp, 100):
        assert not q.question.startswith("Who made its"), q.question


def test_a_quality_said_with_of_after_be_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What is this fusion of chatrooms and gaming of? —
    special interest"."""
    text = ("This mix of music and sport is of special interest to the school, says Mr Lee. "
            "The school is in Leeds.")
    assert "special interest" not in _answers(text, nlp, 100)


def test_though_between_commas_is_left_out(nlp):
    """Regression, from reading BBC banks: "How many meetings have Ireland though won three
    times in?"."""
    text = "Leeds, though, have won four times in their last six visits."
    asked = [q.question for q in _questions(text, nlp, 100) if q.type != "cloze"]
    assert asked and not any("though" in q for q in asked), asked


def test_a_clause_read_as_part_of_the_subject_is_not_asked(nlp):
    """Regression, from reading BBC banks: "How many hits would as 2004 progressed Kasabian
    score …?" ("As 2004 progressed" read as a part of the subject)."""
    text = ("As 2003 progressed Blur would score a further two hits - Crazy Beat and Good Song "
            "- and embark upon a big UK tour.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    assert not any("progressed Blur" in q.question for q in bank.questions if q.type != "cloze")


def test_the_last_word_of_a_title_after_a_preposition_is_no_answer(nlp):
    """Regression, from reading BBC banks: the cloze "… Dream Lover and Beyond the {{c1::Sea}},
    fought …" (a piece of the song's title)."""
    text = ("The singer behind Blue Moon, Fly Away and Under the Bridge, fought a long illness "
            "to become a star of the 1960s. He was born in Ohio.")
    assert "Bridge" not in _answers(text, nlp, 100)


def test_the_bank_said_again_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What gave no details of …? — bank" (the article's
    bank, named before, said again in other words)."""
    from quizgen.extractor import _is_trivial

    doc = nlp("The bank said little about the lost tapes.")
    assert _is_trivial(doc[1:2], set())


def test_fellow_before_a_club_is_no_part_of_its_name(nlp):
    """Regression, from reading BBC banks: the cloze answer "Fellow Bath" (of "Fellow Bath prop
    Duncan Bell will start …")."""
    text = ("Fellow Bath prop Tom Hale will start on the bench, as coach Ann Reed makes just one "
            "change to the side.")
    answers = _answers(text, nlp, 100)
    assert "Fellow Bath" not in answers and "Bath" in answers, answers


def test_a_day_is_never_when_something_has_been_done(nlp):
    """Regression, from reading BBC banks: "When have England named Bath prop Matt Stevens? —
    Sunday" (the day of the match the parse hung on "named")."""
    text = ("Wales have named Cardiff flanker Tom Hale in the starting line-up for their match "
            "against Italy at the Millennium Stadium on Saturday. The firm had closed the plant "
            "on Friday.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert "Saturday" not in asked, asked
    assert asked.get("Friday") == "When had the firm closed the plant?", asked


def test_a_team_mate_is_no_post_and_a_pm_is_a_person(nlp):
    """Regression, from reading BBC banks: "Who is the British team-mate? — Jason Gardener"
    (one of many, said of another) and "What is Australia's PM? — John Howard"."""
    text = ("His British team-mate Jason Hale has also pulled out of the event. The plan was "
            "backed by Australia's PM, John Howard, on Monday.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Jason Hale") == "Who has also pulled out of the event?", asked
    assert asked.get("John Howard") == "Who is Australia's PM?", asked


def test_a_style_of_address_is_no_role(nlp):
    """Regression, from reading BBC banks: a matching pair "Peter Smith ↔ Most Reverend"."""
    text = ("The Most Reverend Peter Smith, head of the church in Wales, said the plan was "
            "wrong. Tom Reed, the shadow health secretary, praised the plan. Former Labour "
            "leader Ann Clay said she liked it.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    assert not any(role == "Most Reverend" for q in bank.questions for _, role in q.pairs)


def test_a_question_that_ends_at_rather_than_is_refused(nlp):
    """Regression, from reading BBC banks: "How many main parties say … conscience, rather
    than?"."""
    from quizgen.extractor import _acceptable

    doc = nlp("Three parties say the vote is free, rather than whipped.")
    assert not _acceptable("short", "How many parties say the vote is free, rather than?",
                           doc[0:1])


def test_a_number_in_a_name_is_no_count(nlp):
    """Regression, from reading BBC banks: "How many software are licenced by Nokia …? — 60"
    (of "the Symbian Series 60 software")."""
    from quizgen.extractor import _by_sentence, _candidate_spans

    doc = nlp("The worm only attacks phones running the Symbian Series 60 software, which is "
              "licensed by Nokia, Sony and Siemens.")
    sentence = next(iter(doc.sents))
    spans = [s.text for s in _candidate_spans(sentence, *_by_sentence(doc)[sentence.start])]
    assert "60" not in spans and "Symbian Series 60 software" in spans, spans


def test_a_description_after_a_name_describes_the_name_not_the_noun_before(nlp):
    """Regression, from reading BBC banks: "What is the case of Sibneft? — Russian oil company"
    (the firm described after the name that follows "the case of")."""
    text = ("The report looks at the case of Norcem, a Polish cement company that came close to "
            "merging with Lafarge last year. Norcem was the target of a series of raids by the "
            "tax police.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    assert not any(q.question.startswith("What is the case") for q in bank.questions)
    assert not any(q.question.startswith("Who") and q.answer == "Norcem"
                   for q in bank.questions)


def test_either_without_its_or_is_refused(nlp):
    """Regression, from reading BBC banks: "When did Jack Straw say that … were either dead?"
    (its "or" half cut off)."""
    from quizgen.extractor import _acceptable

    doc = nlp("On Friday Mr Lee said that 40 climbers were either hurt or missing.")
    assert not _acceptable("short", "When did Mr Lee say that 40 climbers were either hurt?",
                           doc[1:2])
    assert _acceptable("short", "When did Mr Lee say that 40 climbers were either hurt or "
                                "missing?", doc[1:2])


def test_an_example_after_like_is_not_moved_out_of_its_noun(nlp):
    """Regression, from reading BBC banks: "Who is the most satisfying element of the game
    seeing old favourites like? — Dr No"."""
    text = "The most pleasing part of the film is seeing old villains like Dr No."
    assert quizgen.ask(text, "Dr No", nlp=nlp) == \
        "The most pleasing part of the film is seeing old villains like whom?"


def test_the_state_an_object_is_kept_in_stays_in_the_question(nlp):
    """Regression, from reading BBC banks: "Who kept his dream? — Lleyton Hewitt" (of "kept his
    dream of … title alive", the "alive" hung on the title)."""
    text = ("Tom Hale kept his hope of a world title alive with a five-set win over Jim Lee in "
            "Friday's semi-final.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Tom Hale") == "Who kept his hope of a world title alive?", asked


def test_a_count_is_asked_without_the_noun_the_recogniser_took_into_it(nlp):
    """Regression, from reading BBC banks: "How many penalty attempts did … miss? — six
    penalty"."""
    text = ("Leeds kickers Tom Hale and Jim Lee missed six penalty attempts in the first half "
            "at Bath.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert "six penalty" not in asked and asked.get("six", "").startswith("How many penalty"), \
        asked


def test_a_name_the_parse_tore_is_neither_asked_about_nor_left_open(nlp):
    """Regression, from reading BBC banks: "Who slumped to a … defeat in his … Dubai? — Tim
    Henman" (of "his … Dubai Open quarter-final"), "Where did he slump …? — Dubai", and "What
    did he slump to a straight sets? — defeat"."""
    text = ("Fourth seed Tom Hale crashed to a straight sets loss in his windswept Qatar Open "
            "quarter-final against Jim Lee. He lives in Paris.")
    bank = quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100)
    for q in bank.questions:
        assert q.type == "cloze" or not (q.question.endswith("Qatar?") or q.answer in (
            "Qatar", "defeat")), q.question


def test_a_score_keeps_both_its_numbers(nlp):
    """Regression, from reading BBC banks: "When did the government see off … by 297 votes?"
    (the score's second number pruned away)."""
    text = ("On Monday, the council saw off an attempt to force changes to the plan by 31 votes "
            "to 20, despite a rebellion by five Labour members.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Monday", "").endswith("by 31 votes to 20?"), asked


def test_mps_are_people_and_a_lord_keeps_his_capital(nlp):
    """Regression, from reading BBC banks: "What bombarded … David Lammy with a barrage of
    requests? — MPs"; and "What did lord Hale praise …?" (a title lost its capital)."""
    text = ("MPs bombarded the minister with a barrage of questions about the plan. Lord Hale "
            "praised the minister for an excellent job, saying she had done well.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("MPs", "").startswith("Who bombarded"), asked
    assert asked.get("excellent job") == "What did Lord Hale praise the minister for?", asked


def test_a_model_name_with_figures_is_no_count(nlp):
    """Regression, from reading BBC banks: "How many are Japanese companies taking key roles in
    building? — 7E7" (a plane's name, which the recogniser took for a number)."""
    text = ("Airbus continues to enjoy a lead over Boeing in France, and French firms are making "
            "the wings of the 7E7. The plane will fly in 2008.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("7E7", "").startswith("What are French firms"), asked


def test_a_web_domain_keeps_its_space_before_the_dot(nlp):
    """Regression, from reading BBC banks: "What backs the.post domain?" (the space before a
    domain's dot was taken for the space before a full stop)."""
    text = "The .shop domain is run by a trade group in Leeds."
    assert quizgen.ask(text, "trade group", nlp=nlp).startswith("What runs the .shop domain")


def test_a_noun_read_as_a_participle_with_a_subject_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What did Merle Kilgore hit? — Ring of Fire" and
    "Who is the co-writer of the country?" (of "X, co-writer of the country hit …, has died",
    "hit" read as the sentence's verb)."""
    text = ("Tom Reed, co-writer of the pop hit Blue Moon, has died of heart failure aged 80. "
            "He was born in Leeds.")
    for q in quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100).questions:
        assert q.type == "cloze" or "hit" not in q.question and "of the pop?" not in \
            q.question, q.question


def test_a_participle_read_as_the_verb_before_the_real_one_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What percentage of consumers asked? — 27%" (of
    "… 27% of consumers asked are interested in …", "asked" read as the verb and "are" as
    what was asked)."""
    text = "The study showed that 30% of viewers asked are interested in live sport."
    for q in quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100).questions:
        assert q.type == "cloze" or not q.question.endswith("viewers asked?"), q.question


def test_a_participle_of_a_list_or_with_not_is_not_asked_as_a_passive(nlp):
    """Regression, from reading BBC banks: "What are English skill levels expected of?" (of
    "lack maths or English skill levels …": one item of the list) and "What are any players
    involved not in?" (of "players not involved in …")."""
    text = "Many pupils lack reading or writing skills expected of their age group by now."
    assert not quizgen.ask(text, "age group", nlp=nlp).startswith("What are writing skills")
    text = "Coach Tom Hale will not pick any players not selected for next month's championship."
    assert "selected not for" not in quizgen.ask(text, "championship", nlp=nlp)


def test_a_body_s_name_cut_at_its_and_is_made_whole(nlp):
    """Regression, from reading BBC banks: "Who could also use more personalised learning? —
    Department for Education" (the recogniser cut "… and Skills" off the name)."""
    text = ("The Department for Education and Skills may also offer more online lessons and "
            "work with councils.")
    assert [e.text for e in nlp(text).ents] == ["The Department for Education and Skills"]
    text = "The Bank of England and Treasury officials met on Monday."
    assert "The Bank of England" in [e.text for e in nlp(text).ents]


def test_a_plan_the_recogniser_took_for_a_person_is_asked_what(nlp):
    """Regression, from reading BBC banks: "Who set out to increase the number of … in
    Europe? — Lisbon Agenda"."""
    text = ("The Lisbon Agenda set out to cut the number of children leaving school early. "
            "It was agreed by leaders of the union.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Lisbon Agenda", "").startswith("What set out to cut"), asked


def test_a_hedge_before_a_sum_is_no_part_of_it_and_an_age_is_no_time(nlp):
    """Regression, from reading BBC banks: "How much will be spent …? — Some £3.7bn" with
    options "Some £3.8bn" …, and the cloze "… expected of {{c1::11 year}} olds"."""
    text = "The council said some £3.7bn will be spent on new roads by 2006."
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert "£3.7bn" in asked, asked
    text = ("Some 3 million adults now read worse than the level expected of 11 year olds, and 2 "
            "million have poor maths.")
    assert "11 year" not in set(_answers(text, nlp, 100))


def test_that_keeps_its_of_phrase_and_an_ordinal_role_loses_its_capital(nlp):
    """Regression, from reading BBC banks: "… pledge the European economy would outstrip
    that?" (of "that of the US") and "Who is the First-choice kicker?"."""
    text = ("In 1998, ministers at a meeting in Oslo promised the Nordic fishing fleet would "
            "outgrow that of Japan by 2012.")
    assert quizgen.ask(text, "1998", nlp=nlp).endswith("outgrow that of Japan?")
    text = "First-choice kicker Tom Hale handed over the armband because of injury."
    assert quizgen.ask(text, "Tom Hale", nlp=nlp) == "Who is the first-choice kicker?"


def test_a_knight_keeps_his_sir_and_a_civil_servant_is_a_person(nlp):
    """Regression, from reading BBC banks: "Who was made permanent secretary in April 2001? —
    John" (of "Sir John was made …") and "What has been knighted …? — top civil servant"."""
    text = ("Sir Tom Hale is the head of the trust. Sir Tom was made permanent secretary in "
            "April 2001 after a long career. The senior civil servant at the heart of the housing "
            "row has been knighted in the Birthday Honours.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Sir Tom", "").startswith("Who was made permanent secretary"), asked
    assert asked.get("senior civil servant", "").startswith("Who has been knighted"), asked


def test_a_number_opening_the_sentence_is_no_name(nlp):
    """Regression, from reading BBC banks: "How many awards did Seventeen-year-old Stone
    win?"."""
    text = "Seventeen-year-old Stone, from near Leeds, won two awards at the show."
    assert quizgen.ask(text, "two", nlp=nlp).startswith("How many awards did seventeen-year-old")


def test_a_list_of_subjects_stays_whole_without_its_asides(nlp):
    """Regression, from reading BBC banks: "How long have Moazzam Begg, and Martin Mubanga, …
    been held …?" (the comma of a dropped aside left before "and") and "… have been held" with
    only the first of the people held."""
    text = ("Tom Hale, from Leeds, and Sam Cole, Ben Ward and Dan Fry, from York, have been held "
            "by police in Spain for almost two weeks.")
    assert quizgen.ask(text, "two weeks", nlp=nlp).startswith(
        "How long have Tom Hale and Sam Cole, Ben Ward and Dan Fry been held")
    assert "Dan Fry have been held" in quizgen.ask(text, "Spain", nlp=nlp)


def test_a_where_clause_the_parse_hung_elsewhere_is_not_left_behind(nlp):
    """Regression, from reading BBC banks: "Where did the … report take an in-depth look where
    … were proving very popular? — Romania"."""
    text = ("The charity's report took a close look at Peru where second-hand laptops were "
            "proving very popular.")
    assert "look where" not in quizgen.ask(text, "Peru", nlp=nlp)
    assert quizgen.ask("The team flew to Lima where they met the president.", "Lima",
                       nlp=nlp) == "Where did the team fly?"


def test_a_noun_with_only_the_keeps_its_of_phrase(nlp):
    """Regression, from reading BBC banks: "Who has called for the release? — Archbishop …"
    (of "the release of the remaining inmates …")."""
    text = ("Bishop Tom Hale has called for the release of the last inmates at the island camp "
            "off the coast and of the suspects held without trial in France since the summer.")
    assert quizgen.ask(text, "Tom Hale", nlp=nlp).startswith(
        "Who has called for the release of the last inmates")


def test_a_name_with_its_number_is_not_cut(nlp):
    """Regression, from reading BBC banks: the clozes "… televised on {{c1::BBC}} One …",
    "The {{c1::MDA}} IV …" and "… 30 {{c1::Airbus}} A320 planes …"."""
    text = ("The match will be shown on BBC One at noon on Sunday. The Nova IV, out in the "
            "spring, is an upgrade to the firm's older phone. SkyJet has bought 12 Airbus A320 "
            "jets for $900m.")
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"BBC", "Nova", "Airbus"}, answers


def test_a_subject_outside_the_dashes_of_a_verb_inside_them_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who will the value of the cause go to aiding?" (of
    "the value of the cause - proceeds of … will go to aiding … - easily won him over")."""
    text = ("But Ann Hale said the worth of the appeal - money from the concert will go to "
            "helping families of the flood - quickly won her over. The concert was held in May.")
    for q in quizgen.extract(text, "a.txt", nlp=nlp, per_100_words=100).questions:
        assert q.type == "cloze" or "appeal go to" not in q.question, q.question


def test_an_opening_adjective_is_no_name_and_a_number_in_a_chart_s_name_no_count(nlp):
    """Regression, from reading BBC banks: the cloze "{{c1::Digital}} sales in …", "What are
    Digital music downloads being …?" and "How many chart now incorporate data …? — 100" (of
    a chart named "Hot 100")."""
    text = ("Digital radio sets are being sold in the big UK chains for the first time. Digital "
            "sales in Spain are already used to build the Hot Digital Kit list. The magazine's "
            "Hot 50 chart now takes data from online shops.")
    questions = _questions(text, nlp, 100)
    assert not {"Digital", "50"} & {q.answer for q in questions}
    assert "What are digital radio sets being sold in for the first time?" in \
        [q.question for q in questions]
    assert nlp("British troops left on Monday.").ents[0].label_ == "NORP"


def test_an_abbreviation_in_brackets_stays_out_of_a_role(nlp):
    """Regression, from reading BBC banks: "Who is the studio general manager for … Electronic
    Arts EA in Europe?" (the brackets dropped, the abbreviation kept)."""
    text = ("Ann Lee, general manager for toy giant Wonder Toys (WT) in Europe, said in an "
            "interview that the firm was growing. Sales rose in May.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Ann Lee") == \
        "Who is the general manager for toy giant Wonder Toys in Europe?", asked


def test_a_price_in_pence_is_asked_at_what_price(nlp):
    """Regression, from reading BBC banks: "When were shares in B&B down more than 4% in morning
    trade? — 325.5p" (the recogniser took the price for a date)."""
    text = ("Despite the upbeat tone, shares in Halebank were down more than 3% at 412.5p in "
            "early dealing.")
    assert quizgen.ask(text, "412.5p", nlp=nlp) == \
        "At what price were shares in Halebank down more than 3% in early dealing?"


def test_what_was_said_read_as_a_subject_or_object_of_say_is_not_asked(nlp):
    """Regression, from reading BBC banks: "How many UK top 250 companies does Peter Knight
    say? — 24" (what was said read as a second subject, or the object, of "says")."""
    text = ("Ann Lee, director of Ardent, says 31 of the top 100 firms published reports for the "
            "first time last year. Sales rose in May.")
    for q in _questions(text, nlp, 100):
        assert q.type == "cloze" or not q.question.endswith("say?"), q.question


def test_some_standing_alone_as_an_object_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What is planning to establish some? — Global
    Reporting Initiative" (some of what, the clause before says)."""
    text = ("There are no rules for green reporting yet, although the Global Audit Forum, an "
            "independent body, is planning to set some.")
    for q in _questions(text, nlp, 100):
        assert not q.question.endswith("set some?"), q.question


def test_a_first_since_a_year_is_not_asked_since_when_and_zero_tolerance_is_no_number(nlp):
    """Regression, from reading BBC banks: "Since when did John McCall lead … to their first
    … success? — 1977" (the year of the last win, not since when he led them) and the cloze
    "… for his {{c1::zero}} tolerance style …"."""
    text = ("Young forward Tom Hale died in a crash in Spain. That happened only nine days after "
            "he led Leeds Grammar to their first Yorkshire Schools' Cup success since 1981.")
    assert not any(q.question.startswith("Since when") for q in _questions(text, nlp, 100))
    text = ("The former officer, known for his zero tolerance style, met the mayor on Friday. "
            "Temperatures fell to zero on Monday.")
    zeros = [q for q in _questions(text, nlp, 100) if q.answer == "zero"]
    assert [q.question for q in zeros] == ["Temperatures fell to {{c1::zero}} on Monday."]


def test_a_name_said_to_be_a_retailer_is_no_person(nlp):
    """Regression, from reading BBC banks: "Who was one discount retailer …? — Costco
    Wholesale" (the recogniser took the firm for a person)."""
    text = ("The only budget retailer to do well over the holidays was Harbour Wholesale, which "
            "kept up its string of strong results. Sales rose in May.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Harbour Wholesale", "").startswith("What was the only budget retailer"), \
        asked


def test_a_role_opening_the_sentence_loses_its_capital_though_a_name_ends_in_it(nlp):
    """Regression, from reading BBC banks: "Who is the Health analyst?" (the article also
    names an "Institute for Health"); but "Wales fly-half" keeps the capital of a name the
    article never writes in lower case (which the lexicon knows as the plural of "wale")."""
    text = ("Health analyst Tom Hale, from the Leeds Institute for Health, called the new targets "
            "reasonably impressive for health care.")
    assert quizgen.ask(text, "Tom Hale", nlp=nlp) == "Who is the health analyst?"
    text = ("Wales fly-half Tom Hale was happy to hand Sam Cole the kick when Wales, 9-8 down, "
            "won a penalty.")
    assert quizgen.ask(text, "Tom Hale", nlp=nlp) == "Who is the Wales fly-half?"


def test_a_length_of_time_hung_on_a_verb_is_asked_how_long(nlp):
    """Regression, from reading BBC banks: "… when would no patient wait for an outpatient
    appointment by March 2006? — more than 12 months"."""
    text = "The minister said no pupil would wait more than six weeks for a school place."
    assert quizgen.ask(text, "more than six weeks", nlp=nlp).startswith(
        "According to the minister, how long would no pupil wait")


def test_an_aside_after_a_dash_hung_on_both_verb_and_noun_is_not_asked(nlp):
    """Regression, from reading BBC banks: "How many people were arrested worldwide in the
    US? — At least 60" (of "… worldwide - 45 of them in the US")."""
    text = ("At least 80 people were arrested across the world - 30 of them in Spain. The raids "
            "began in May.")
    for q in _questions(text, nlp, 100):
        assert not q.question.endswith("in Spain?"), q.question


def test_a_constituency_named_after_its_city_is_no_person_and_a_mixed_time_no_count(nlp):
    """Regression, from reading BBC banks: "Nottingham North" offered as a wrong option for a
    person (the recogniser took the seat for one), and "In how many minutes did … finish off
    the match? — four hours and five minutes"."""
    text = ("Turnout was 71% in Bath but only 12% in Leeds Central and 9% in Nottingham North. "
            "Sam North said he was pleased.")
    labels = {e.text: e.label_ for e in nlp(text).ents}
    assert (labels["Nottingham North"], labels["Sam North"]) == ("GPE", "PERSON"), labels
    text = ("Tom Hale then served out to finish off the match in three hours and ten minutes. "
            "The final begins on Sunday.")
    for q in _questions(text, nlp, 100):
        assert "how many minutes" not in q.question, q.question


def test_a_first_cut_from_what_it_was_first_to_do_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What did Carlos Moya become? — first man" (of "the
    first man to successfully defend …") and the cloze "… facilitate {{c1::illegal film}}
    downloading"."""
    answers = set()
    for text in (("Ann Hale became the first woman to win the Leeds Open twice, beating Sam "
                  "Cole 6-3 6-4. The final was close."),
                 ("Tom Hale became the first player to keep the Leeds Open crown by beating old "
                  "rival Sam Cole 6-3 6-4. The final was close."),
                 ("The film industry has launched action to sue people who help illegal film "
                  "downloading. The case opens in May.")):
        answers |= set(_answers(text, nlp, 100))
    assert not {"first woman", "first player", "illegal film"} & answers, answers


def test_the_time_left_is_asked_with_how_many_left(nlp):
    """Regression, from reading BBC banks: "How long did Charlie Hodgson put England in front?
    — 10 minutes" (of "… in front with 10 minutes left")."""
    text = "Sam Cole then gave Hull the lead with 12 minutes left, but Leeds came back."
    assert quizgen.ask(text, "12 minutes", nlp=nlp) == \
        "With how many minutes left did Sam Cole then give Hull the lead?"


def test_a_name_before_the_noun_the_parse_made_a_complement_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What will Chelsea goalkeeper Carlo Cudicini miss
    final? — Carling Cup" ("final" read as what the cup was made)."""
    text = ("Leeds keeper Tom Hale will miss Sunday's Carling Cup final because of a bad back. "
            "The club said so on Monday.")
    for q in _questions(text, nlp, 100):
        assert "miss final" not in q.question, q.question


def test_a_name_after_a_role_the_tagger_took_for_an_adjective_is_a_person(nlp):
    """Regression, from reading BBC banks: "What fears civil war at the SRU could …? — Finlay
    Calder" (of "Former Scotland international …", "international" tagged as an adjective and
    the name taken for a body)."""
    text = ("Former Ireland international Finlay Doyle fears the feud at the union could hurt "
            "his country's hopes. Doyle said the row was bad.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Finlay Doyle", "").startswith("Who fears the feud"), asked


def test_a_place_after_a_preposition_is_no_part_of_a_role_and_a_firm_no_person_to_match(nlp):
    """Regression, from reading BBC banks: "Who is the Las Vegas Microsoft boss?" (of "… in
    Las Vegas Microsoft boss …", the place of a show) and the pair ("Lycos Europe", "Web
    portal") in "Match each person to their role"."""
    text = ("At the Games Fair in Las Vegas Nintendo boss Tom Hale said the console would sell "
            "well.")
    assert quizgen.ask(text, "Tom Hale", nlp=nlp) == "Who is the Nintendo boss?"
    text = ("Web portal Lycos Europe said its sales were up. Press chief Ann Lee agreed. Sales "
            "director Sam Cole said so too. Finance director Ben Ward was pleased.")
    [matching] = [q for q in _questions(text, nlp, 100) if q.type == "matching"]
    assert sorted(dict(matching.pairs)) == ["Ann Lee", "Ben Ward", "Sam Cole"], matching.pairs


def test_what_a_share_of_people_think_is_not_asked(nlp):
    """Regression, from reading BBC banks: "According to only 40%, who should Mrs Parker
    Bowles become?"."""
    text = ("A poll found only 40% think Mrs Hale should become Lady Mayor, while 47% say she "
            "should not. The vote is in May.")
    for q in _questions(text, nlp, 100):
        assert "According to only 40%" not in q.question, q.question


def test_all_floating_after_the_subject_goes_with_it(nlp):
    """Regression, from reading BBC banks: "What is all expected to release new machines …?"."""
    text = "Acme, Bolt and Crest are all expected to launch new phones in the coming months."
    assert quizgen.ask(text, "Acme, Bolt and Crest", nlp=nlp) == \
        "What is expected to launch new phones in the coming months?"


def test_a_kind_of_work_opening_the_sentence_is_no_part_of_its_title(nlp):
    """Regression, from reading BBC banks: "Who topped the festive box office …? — Comedy Meet
    The Fockers"."""
    text = ("Comedy Meet The Hales topped the box office in Canada over the long weekend. The "
            "film took $9m on Friday.")
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Meet The Hales", "").startswith("What topped the box office"), asked
    assert any(q.startswith("Where did comedy Meet The Hales") for q in asked.values()), asked


def test_a_time_in_a_figure_compared_with_is_not_when(nlp):
    """Regression, from reading BBC banks: "When did the weekend's top 12 films take an
    estimated $121.9m? — last year" (of "…, compared with $165.8m last year")."""
    from quizgen.extractor.questions import measured_against

    doc = nlp("The top ten films took $98m, compared with $120m last year.")
    last = next(t.i for t in doc if t.text == "last")
    assert measured_against(doc[last:last + 2])


def test_a_person_at_a_young_number_is_asked_at_what_age(nlp):
    """Regression, from reading BBC banks: "What did Mr Bell become Australia's youngest store
    manager at? — 19"; but a price closing "at 67" is no age."""
    text = "Mr Hale became Australia's youngest store manager at 19 and later ran the firm."
    assert quizgen.ask(text, "19", nlp=nlp) == \
        "At what age did Mr Hale become Australia's youngest store manager?"
    assert not quizgen.ask("Shares in the firm closed at 67 on Friday.", "67",
                           nlp=nlp).startswith("At what age")


def test_a_city_taken_for_a_person_is_a_club(nlp):
    """Regression, from reading BBC banks: "Who is … keeper Chris Day set to join on a month's
    loan? — Preston"; but "Preston" alone after "Tom Preston" is him."""
    text = "QPR keeper Tom Day will join Preston on loan for a month. He left in May."
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Preston", "").startswith("What will QPR keeper Tom Day join"), asked
    text = "Tom Preston said the plan would work. Preston added that it was cheap."
    assert all(not q.question.startswith("What said") for q in _questions(text, nlp, 100))


def test_an_opening_time_with_another_time_in_the_clause_is_asked_in_front(nlp):
    """Regression, from reading SQuAD asks: "When, BankAmericard was renamed …?" — a time that
    opens the sentence was asked in place, leaving its comma, when another time stayed."""
    text = "In 1985, the average family car travelled twenty miles per gallon, compared " \
        "to ten in 1970."
    assert quizgen.ask(text, "1985", nlp=nlp) == "In what year did the average family car " \
        "travel twenty miles per gallon, compared to ten in 1970?"
    assert quizgen.ask(text.replace("In 1985", "By 1985"), "1985", nlp=nlp).startswith(
        "By what year did the average family car travel")
    text = "By the end of May, the council had cleared the old market, which opened in 1901."
    assert quizgen.ask(text, "the end of May", nlp=nlp) == \
        "By when had the council cleared the old market?"


def test_a_plural_noun_after_a_number_read_as_a_verb_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who ran in two of the All Blacks?" and "How many of
    the All Blacks' did … run in?", the parse having read "tries" after "seven" as a verb."""
    text = "Tom Hale ran in two of the All Whites' seven tries in what was a weak line-up."
    questions = _questions(text, nlp, 100)
    assert all(q.type == "cloze" for q in questions), [q.question for q in questions]


def test_a_hyphen_or_slash_inside_a_word_stays_in_the_question(nlp):
    """Regression, from reading BBC banks: "… the total amount of e mail junk …", the hyphen of
    "e-mail" dropped with the punctuation."""
    text = "The network runs on a standard called XY/Z, which means a shared set of rules."
    assert quizgen.ask(text, "a shared set of rules", nlp=nlp) == \
        "What does a standard called XY/Z mean?"


def test_the_digits_of_a_telephone_number_are_no_answer(nlp):
    """Regression, from reading BBC banks: "… or 0800 … {{c1::111}}", the last digits of a
    telephone number."""
    text = "Police appealed for help to find the thieves and the stolen rings on 0800 123 " \
        "456 or 0161 7 404 404. The thieves took 400 000 pounds in 2003."
    answers = set(_answers(text, nlp, 100))
    assert not any(re.search(r"\b(0800|123|456|0161|404)\b", a) for a in answers), answers
    assert "400 000 pounds" in answers


def test_a_guess_in_apposition_is_no_description(nlp):
    """Regression, from reading BBC banks: "What is a large vehicle? — possibly a van"."""
    text = "They think the pair drove a large car, possibly a van, on Friday night."
    assert quizgen.ask(text, "possibly a van", nlp=nlp) != "What is a large car?"
    assert all(q.question != "What is a large car?" for q in _questions(text, nlp, 100))


def test_a_family_named_after_its_people_is_asked_who(nlp):
    """Regression, from reading BBC banks: "What had been celebrating the birthday of …? —
    Osbournes", and the singer himself asked "What" because rings were "the wedding bands
    Ozzy gave her" (a kind of group in the plural before his name)."""
    from quizgen.extractor.questions import no_person_kind

    text = "Tom Hale, a folk singer, was robbed on Monday. His wife Ann Hale said thieves took " \
        "the wedding bands Tom gave her. On Sunday night, the Hales had been at a party in Leeds."
    asked = {q.answer: q.question for q in _questions(text, nlp, 100) if q.type != "cloze"}
    assert asked.get("Hales", "").startswith("Who had been at a party"), asked
    assert no_person_kind("Tom", text) == ""
    assert no_person_kind("Acme", "Games giants Acme and Bolt rose.") == "group"


def test_a_piece_of_a_name_with_a_small_word_in_it_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… London's {{c1::Safe Travel}} at Night campaign"
    and "… Safe Travel at {{c1::Night campaign}}"."""
    text = "The posters are part of the city's Safe Travel at Night campaign, which runs " \
        "until May. Tom Hale won a prize from the Leeds Art Circle on Wednesday night."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"Safe Travel", "Night campaign", "Night"}, answers
    assert {"Leeds Art Circle", "Wednesday night"} <= answers  # a whole name, then a time


def test_years_a_clause_describes_are_no_length_of_time(nlp):
    """Regression, from reading BBC banks: "How long did Ozzy also lament? — two years" of
    "lamented two years in which …"."""
    text = "Tom Hale also lamented three years in which the band has been dogged by illness."
    assert all(not q.question.startswith("How long") for q in _questions(text, nlp, 100))


def test_a_name_shared_by_two_people_is_resolved_without_words_of_an_apposition(nlp):
    """Regression: "He" after "Tom Hale, the rock drummer, …" in an article that also names Ann
    Hale was read as "Tom Hale rock", a compound of the apposition taken into the name."""
    from quizgen.extractor import _PronounResolver

    doc = nlp("Ann Hale is a singer. Tom Hale, the rock drummer, was praised by police on "
              "Monday. He said the thieves took the rings.")
    resolve = _PronounResolver([doc])
    assert resolve(next(t for t in doc if t.text == "He")) == "Tom Hale"


def test_what_a_short_that_is_clause_was_given_of_the_outer_verb_is_not_asked_from_it(nlp):
    """Regression, from reading BBC banks: "What percentage is … e mail junk up to?", the parse
    having hung the outer verb's phrase on "that is junk"; but "Tom, who is a doctor in
    Leeds," is asked where he is one."""
    text = "The firm counted the share of mail that is spam in March."
    assert not quizgen.ask(text, "March", nlp=nlp).startswith("When is")
    assert quizgen.ask("Tom Hale, who is a doctor in Leeds, won the prize.", "Leeds",
                       nlp=nlp) == "Where is Tom Hale a doctor?"


def test_a_length_of_an_objects_term_is_asked_how_long_a_term(nlp):
    """Regression, from reading BBC banks: "How long could Mr … face a jail sentence of?"."""
    text = "Mr Hale may get a prison term of up to 25 years if found guilty."
    assert quizgen.ask(text, "up to 25 years", nlp=nlp) == \
        "How long a prison term may Mr Hale get?"


def test_a_name_after_a_quoted_title_stays_in_the_question(nlp):
    """Regression, from reading BBC banks: "… including those by shock jock?" of 'those by
    "shock jock" Howard Stern', the name dropped as an aside."""
    text = 'The agency was looking into 40 shows, including those by "talk king" Tom Hale.'
    assert quizgen.ask(text, "The agency", nlp=nlp).endswith('"talk king" Tom Hale?')


def test_a_level_named_by_a_number_is_no_count(nlp):
    """Regression, from reading BBC banks: "How many barrier for UK sales of the console is
    Sony reaching? — seven million"; but staff are counted."""
    text = "The figures mean Acme is reaching the seven million barrier for sales of the phone."
    assert all(not q.question.startswith("How many") for q in _questions(text, nlp, 100))
    assert quizgen.ask("The club signed 12 new staff in May.", "12", nlp=nlp) == \
        "How many new staff did the club sign in May?"


def test_a_piece_of_a_product_name_the_recogniser_split_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What does … use …? — GSI" of a car's full name, and
    "{{c1::Sony}} PlayStation 2's …"."""
    text = "Drivers can hire a Toyota Yaris GTI with a manual gearbox. Sony PlayStation 3's " \
        "thinner case is selling well among UK fans, Tom Hale said."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"GTI", "Yaris GTI", "Sony"}, answers


def test_have_read_as_owning_before_both_and_a_participle_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What has both reduced console prices recently?",
    the parse having read "have both reduced" as owning "both reduced … prices" (and "What
    have Acme and Bolt are preparing for?" of the verb joined to it)."""
    text = "Acme and Bolt have both reduced games prices recently and are getting ready " \
        "for the launch of new phones in 2007."
    assert all(q.type == "cloze" for q in _questions(text, nlp, 100))


def test_a_place_after_the_opening_a_name_is_no_answer_alone(nlp):
    """Regression, from reading BBC banks: "the {{c1::London}} to Sydney Marathon" and "the
    London to {{c1::Sydney Marathon}}"."""
    text = "When Ann Hale ran in the Leeds to York Marathon she split the stages with her " \
        "brother, Tom."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"Leeds", "York Marathon"}, answers


def test_any_one_of_a_kind_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What has been launched to encourage …? —
    organisation" (of "An organisation has been launched …"), and "What broke the UK sales
    record …? — title" (the game named before)."""
    text = "An organisation has been launched to help older people get into sport. The " \
        "title broke the sales record for games in its first weekend. The singer Tom Hale " \
        "made an album in jail."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"organisation", "title"}, answers
    assert "album" in answers  # a thing made is new, no stand-in


def test_an_object_of_an_infinitive_with_its_own_infinitive_is_not_moved_out(nlp):
    """Regression, from reading BBC banks: "Who has an organisation been launched to encourage
    to get involved in …?"."""
    text = "A club has been launched to encourage older people to get involved in sport."
    assert not quizgen.ask(text, "older people", nlp=nlp).startswith("Who has a club")


def test_a_number_between_commas_after_a_name_is_an_age_not_a_time(nlp):
    """Regression, from reading BBC banks: "When does Grandchild of The Holocaust follow Adrian?
    — 13", of "follows Adrian, 13, on a journey", the age hung on the verb."""
    text = "The documentary, part of Channel 4's season on the Blitz, follows Adrian, 14, on " \
        "a trip to learn the truth about his grandfather."
    assert all(q.answer != "14" for q in _questions(text, nlp, 100))
    assert "14" not in quizgen.ask(text, "Adrian", nlp=nlp)


def test_it_standing_for_a_subject_with_an_apposition_is_said_without_it(nlp):
    """Regression, from reading BBC banks: "According to Allianz a leading German insurer,
    what were unlikely to …?", "it" given the subject's apposition without its commas."""
    text = "Acme, a big Dutch bank, said it could not yet say. However, it said the storms " \
        "were unlikely to hurt its profits."
    assert quizgen.ask(text, "the storms", nlp=nlp) == \
        "According to Acme, what were unlikely to hurt its profits?"


def test_a_time_between_a_speech_verb_and_what_was_said_is_the_saying(nlp):
    """Regression, from reading BBC banks: "When had Umbro signed a new four-year agreement …?
    — Thursday", of "said on Thursday it had …"."""
    text = "Acme, which recently lost two deals, said on Friday it had agreed a fresh deal " \
        "with Leeds."
    assert quizgen.ask(text, "Friday", nlp=nlp) == \
        "When did Acme say it had agreed a fresh deal with Leeds?"


def test_the_figure_before_in_a_down_from_phrase_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What percentage was growth in industrial output
    11.5% …, down from the previous year? — 17%"."""
    text = "Sales growth reached 8.5% in 2006, down from 12% a year earlier."
    assert all(q.answer != "12%" or q.type == "cloze" for q in _questions(text, nlp, 100))


def test_one_of_a_group_after_among_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Among what are Andy Garcia, … also? — new names"."""
    text = "Tom Hale, Ann Cole and Sam Price are also among the new names for the show."
    assert all(not q.question.startswith("Among what") for q in _questions(text, nlp, 100))


def test_a_denial_a_single_day_and_the_night_are_no_answers(nlp):
    """Regression, from reading BBC banks: "{{c1::not all funds}}", "When will the inquiry be
    conducted? — single day", "… throughout the {{c1::night}}"."""
    text = "Viewers will be urged to call in all through the night. The inquiry will be held " \
        "on a single day in May. Tom Hale was angry at the claim that not all gifts would " \
        "reach the victims."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"night", "single day", "a single day", "not all gifts"}, answers


def test_a_time_after_an_event_the_verb_follows_is_not_asked_when(nlp):
    """Regression, from reading BBC banks: "When is Alex McLeish going to be criticised after
    their … exit? — Wednesday", the time of the exit; and "When did the cup defeat?" of "after
    the cup defeat on Sunday", the noun read as a verb."""
    text = "The team flew home after the game on Sunday. The club sacked the coach after the " \
        "cup defeat on Sunday."
    assert all(not q.question.startswith("When") for q in _questions(text, nlp, 100))


def test_a_stretch_up_to_now_a_run_up_and_a_nationality_with_a_trade_are_no_answers(nlp):
    """Regression, from reading BBC banks: "When have Mitsubishi's sales slid 41%? — past
    year", "What are all parties stepping up campaiging in? — run-up", and "What launched a
    new offer …? — American billionaire" (the man named before)."""
    text = "Acme's sales have slid 30% in the past year. All parties are stepping up work " \
        "in the run-up to the local vote. The Russian tycoon made a fresh offer for the " \
        "club on Monday."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"past year", "run-up", "Russian tycoon"}, answers


def test_a_day_before_a_subject_without_a_comma_is_a_misparse(nlp):
    """Regression, from reading BBC banks: "On whom did the only major Japanese car firm …
    confirm …?", "On Tuesday Mitsubishi, the only …," read as the day's name and the subject's
    apposition as the subject; and the cloze "On {{c1::Tuesday Acme}}"."""
    from quizgen.extractor.questions import misparsed_clause

    doc = nlp("On Monday Nissan, the only large Japanese car maker in profit, confirmed early "
              "reports of a deal.")
    assert misparsed_clause(next(t for t in doc if t.text == "confirmed"))
    text = "On Tuesday Acme, the last big toy maker in the town, denied the rumours. Tom " \
        "Hale runs the firm from Leeds."
    assert all(q.answer != "Tuesday Acme" for q in _questions(text, nlp, 100))


def test_a_figure_of_an_objects_size_is_asked_how_large_a_thing(nlp):
    """Regression, from reading BBC banks: "How much did … reserves of $119bn beat its …
    debt of?"."""
    assert quizgen.ask("The firm made a profit of $5m last year.", "$5m", nlp=nlp) == \
        "How large a profit did the firm make last year?"
    assert quizgen.ask("Shares saw a rise of 5% on Monday.", "5%", nlp=nlp) == \
        "How large a rise did shares see on Monday?"
    assert quizgen.ask("The plant has a theoretical Rankine efficiency of 60%.", "60%",
                       nlp=nlp) == "How large a theoretical Rankine efficiency does the plant have?"


def test_a_young_number_a_person_was_is_asked_how_old(nlp):
    """Regression, from reading BBC banks: "Donald Young was just how many? — 14" (also of
    "…, who … when he was just 14, …")."""
    assert quizgen.ask("Tom Hale was just 14 when he won the cup.", "14", nlp=nlp) == \
        "How old was Tom Hale?"
    assert quizgen.ask("Tom Hale, who beat two top players when he was just 14, lost in the "
                       "first round.", "14", nlp=nlp) == "How old was Tom Hale?"
    assert quizgen.ask("Tom Hale, who was just 14, won the cup.", "14", nlp=nlp) == \
        "How old was Tom Hale?"


def test_pieces_cut_by_a_plural_read_as_a_verb_or_a_number_word_of_a_name_are_no_answers(nlp):
    """Regression, from reading BBC banks: "the {{c1::junior world}} rankings" ("rankings" read
    as a verb) and "one of {{c1::four Six}} Nations captains"."""
    text = "Tom Hale leapt up the junior world rankings after the win. Ann Hale is " \
        "one of four Six Nations captains named in the squad."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"junior world", "four Six"}, answers


def test_a_town_travelled_to_is_no_person(nlp):
    """Regression, from reading BBC banks: "… who did Muslims have to travel to for cultural
    events? — Llanelli"."""
    text = "Space is tight in the old hall and on some days people had to travel to Tenby " \
        "for big events, Tom Hale said."
    assert not quizgen.ask(text, "Tenby", nlp=nlp).startswith("Who")


def test_the_time_of_an_event_a_squad_is_named_for_is_not_the_naming(nlp):
    """Regression, from reading BBC banks: "When are four Six Nations captains included in the
    … squad for the IRB Rugby Aid match? — 5 March"."""
    text = "Ann Hale is one of four captains included in the squad for the charity match " \
        "on 5 March."
    assert not quizgen.ask(text, "5 March", nlp=nlp).startswith("When are")
    assert quizgen.ask("The team played in the final on Sunday.", "Sunday", nlp=nlp) == \
        "When did the team play in the final?"


def test_the_last_months_and_a_word_cut_from_a_title_with_the_are_no_answers(nlp):
    """Regression, from reading BBC banks: "over the {{c1::last 12 months}}" (a stretch up to
    now) and "The Woman in what all had …? — White"."""
    text = "Cats, Evita and The Woman in Black all had big openings in May. Tom Hale has left " \
        "the firm over the last 12 months."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"Black", "last 12 months"}, answers


def test_all_floating_after_a_subject_is_no_part_of_the_answer(nlp):
    """Regression: "Cats, Evita and {{c1::The Man in Grey all}} had big openings"."""
    text = "Cats, Evita and The Man in Grey all had big openings in May. Tom Hale saw them."
    assert all(not q.answer.endswith(" all") for q in _questions(text, nlp, 100))


def test_a_fraction_in_twentieths_is_a_share_and_a_sum_is_no_answer(nlp):
    """Regression, from reading BBC banks: "How many twentieths was financing for improving
    transport? — one-twentieth", and "… reading {{c1::2}} +2=5"."""
    text = "Only one-twentieth of the money went on roads, the report said. Fans chose the " \
        "poster of Mr Hale reading 2 +2=5 in May."
    asked = {q.answer: q.question for q in _questions(text, nlp, 100)}
    assert asked.get("one-twentieth", "").startswith("According to the report, what share")
    assert not {"2", "2 +2=5"} & set(asked), asked


def test_a_bare_thing_a_participle_describes_is_not_asked_for_its_doer(nlp):
    """Regression, from reading BBC banks: "What owned land? — British company"."""
    text = "The state will seize land owned by a British firm, the minister said in May."
    assert all(not q.question.startswith("What owned") for q in _questions(text, nlp, 100))


def test_a_false_statement_takes_the_article_of_its_option():
    """Regression, from reading BBC banks: "… land owned by a American company."."""
    from quizgen.extractor import _statement

    cloze = "The state will seize land owned by a {{c1::British}} firm."
    assert _statement(cloze, "British", "American") == \
        "The state will seize land owned by an American firm."
    assert _statement("An {{c1::Irish}} firm won.", "Irish", "British") == "A British firm won."


def test_a_phrase_or_a_word_that_only_describes_is_no_answer(nlp):
    """Regression, from reading BBC banks: "renewed optimism {{c1::about the years ahead}}" and
    "the maths of {{c1::modern-day}} football"; but a range of years stays."""
    text = "The coach's early work has given Tom Hale new hope about the years ahead. The " \
        "firm has a ten-year plan for modern-day farming. The new trains should arrive " \
        "between 2009 and 2011."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"about the years ahead", "modern-day"}, answers
    assert "between 2009 and 2011" in answers


def test_a_team_sheet_gives_no_people_and_roles_to_match(nlp):
    """Regression, from reading BBC banks: a matching set that paired a name of a team sheet
    with the names after it ('W Servat' ↔ 'J Milloud G Lamboley …'), and a referee with his
    country in brackets."""
    text = "Leeds beat York 20-10 on Saturday, with two tries from Tom Hale.\n\n" \
        "Leeds: A Hale; B Cole, C Price, D Stone, E Ward; F Lane, G-H Moss.\n\n" \
        "York: K Bell; L Dunn, M Frost, N Gray; O Hart, P Irwin, R-J Kemp.\n\n" \
        "Referee: Sam Ray (Wales)\n\nLeeds coach Ann Cole said she was proud. York captain " \
        "Joe Best said his side had let in soft tries. Club chairman Ian Fox agreed."
    matching = [q for q in _questions(text, nlp, 100) if q.type == "matching"]
    assert all(role[:1].islower() or " " not in role or role.split()[-1].islower()
               for q in matching for _, role in q.pairs), [q.pairs for q in matching]


def test_a_place_after_outside_or_near_is_not_asked_where(nlp):
    """Regression, from reading BBC banks: "Where are applications processed? — UK" of
    "processed outside the UK": the answer says the opposite of where."""
    text = "The Tories want all applications processed outside the UK."
    assert quizgen.ask(text, "the UK", nlp=nlp) == "What are all applications processed outside?"
    assert quizgen.ask("The plant is located near Leeds.", "Leeds", nlp=nlp) == \
        "What is the plant located near?"
    assert quizgen.ask("The plant is located in Leeds.", "Leeds", nlp=nlp) == \
        "Where is the plant located?"


def test_a_sentence_is_not_cut_where_it_has_no_stop(nlp):
    """Regression, from reading BBC banks: the parser cut a sentence inside a play's title and
    before "but", and the bank asked about each half as a sentence."""
    text = "Ann Hale, who was cast in All's Well That Ends Well in Leeds, won the award " \
        "on Sunday. It was a hard blow for the town but I think the club has brought a lot to it."
    assert [s.text for s in nlp(text).sents] == [
        ("Ann Hale, who was cast in All's Well That Ends Well in Leeds, won the award on "
         "Sunday."), "It was a hard blow for the town but I think the club has brought a lot to it."]
    sentences = {q.sentence for q in _questions(text, nlp, 100)}
    assert sentences == {text.split(" It was")[0]}, sentences


def test_he_after_a_quotation_is_the_speaker_not_a_name_the_speaker_said(nlp):
    """Regression, from reading BBC banks: "He finished with a personal appeal …" after a
    quotation that ended on another man's name was asked about that man."""
    text = "Tom Hale spoke to the party in Leeds on Friday. He promised smaller classes and " \
        'safer streets to the crowd. "I grew up on a farm. If the young Tom Hale applied to ' \
        'Oxford today, Sam Cole would turn me away." He ended with a call to members to win ' \
        "the next vote."
    questions = [q.question for q in _questions(text, nlp, 100)]
    assert any("Tom Hale end" in q for q in questions), questions
    assert not any("Sam Cole" in q for q in questions), questions


def test_what_someone_denies_or_does_not_believe_is_no_fact(nlp):
    """Regression, from reading BBC banks: a true/false statement "… had been playing …" cut
    from "Mr … denied he had been playing …", and "According to Mr …, who had tried to place
    the bets?" of "Mr … did not believe anyone from … had tried to …"."""
    text = "Speaking to a local radio station on Friday morning, the mayor of York denied " \
        "that the council had wasted 4m pounds on the new city library, which was first " \
        "planned for the spring of 2003 and has now been put back by two years. The club " \
        "chairman did not believe that any of the players had sold their tickets to touts."
    questions = [q.question for q in _questions(text, nlp, 100)]
    assert not [q for q in questions if re.search(r"(?<!denied that )the council had wasted|"
                                                  r"According to", q)], questions


def test_a_clause_inside_what_someone_said_is_still_theirs(nlp):
    """Regression, from reading BBC banks: "Who were hitting home?" of "… he said Labour's
    tactics proved the Tories were hitting home", asked as a fact; but a second report joined
    by "and" is its own."""
    assert quizgen.ask("In a speech in Leeds, Tom Hale said the rise in crime proved the "
                       "council was failing.", "the council", nlp=nlp) == \
        "According to Tom Hale, what was failing?"
    assert quizgen.ask("Tom Hale said the council was failing and the mayor should resign.",
                       "the mayor", nlp=nlp) == "According to Tom Hale, who should resign?"
    assert quizgen.ask("The Acme index said prices rose by 2% in May and the Ace index "
                       "reported a fall of 1%.", "a fall of 1%", nlp=nlp) == \
        "What did the Ace index report?"
    assert not quizgen.ask("Fossils of the fish are rare. This suggests that the fish survived "
                           "the ice age in caves.", "caves", nlp=nlp).startswith("According")


def test_a_noun_whose_that_clause_says_it_a_name_of_a_number_and_one_are_no_answers(nlp):
    """Regression, from reading BBC banks: "What was the narrow defeat …? — timely reminder"
    of "… was a timely reminder that …", a cloze of "the joy of {{c1::Six}}" (the Six Nations)
    and one of "{{c1::one}} newspaper proclaimed …"."""
    text = "The heavy loss in Leeds was a stark reminder that the squad is still too thin. As " \
        "the nights draw in, the thrill of Six should keep supporters in good spirits until " \
        "February. On Monday, one magazine claimed that the coach had lost the trust of his " \
        "players."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"stark reminder", "Six", "one"}, answers
    assert "February" in answers


def test_an_amount_after_by_is_no_doer(nlp):
    """Regression, from reading BBC banks: "How much overloaded the twin-engined Cessna?" of
    "… the Cessna was overloaded by 700 pounds"."""
    question = quizgen.ask("An inquiry into the crash found the small plane was overloaded by "
                           "500 pounds.", "500 pounds", nlp=nlp)
    assert question == "By how much was the small plane overloaded?"


def test_an_opening_aside_the_parser_hung_on_the_verb_is_left_out_of_a_question(nlp):
    """Regression, from reading BBC banks: "Who A distinguished IBM engineer, spent 20 years at
    Cern?"."""
    text = "A respected heart surgeon, Dr Hale spent 12 years at the Leeds clinic, the largest " \
        "in the north."
    questions = [q.question for q in _questions(text, nlp, 100)]
    assert "Who spent 12 years at the Leeds clinic?" in questions, questions


def test_a_verb_of_saying_after_and_says_whose_words_follow(nlp):
    """Regression, from reading BBC banks: "What had chancellors resigned over? — leaks" of
    "The Lib Dems called for … and said chancellors had resigned over leaks"."""
    assert quizgen.ask("The Greens called for the mayor to make a statement and said mayors "
                       "had resigned over smaller leaks.", "smaller leaks", nlp=nlp) == \
        "According to the Greens, what had mayors resigned over?"


def test_half_a_clause_and_a_verb_read_as_a_noun_are_no_answers_and_a_person_is_no_cause(nlp):
    """Regression, from reading BBC banks: "What does a far more common situation lead to? —
    precious files" of "leads to precious files being corrupted", a cloze of "his {{c1::broken
    … thinking}} it would be …", and "Why did UKIP achieve a major advance? — Kilroy-Silk"."""
    text = "An old computer virus strikes and leads to precious family photos being lost for " \
        "good. An engineer who baked his soaked mobile phone thinking it would be dried has " \
        "topped a list of the oddest gadget mishaps."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"precious family photos", "soaked mobile phone thinking"}, answers
    assert not quizgen.ask("Last year, the Greens made big gains, partly due to Tom Hale.",
                           "Tom Hale", nlp=nlp).startswith("Why")


def test_a_verb_the_parser_hung_on_a_name_is_no_role(nlp):
    """Regression, from reading BBC banks: "Who is the to credit Ireland flanker?" of "one has
    to credit Ireland flanker …", whose "to credit" the parser hung on the name (the parse is
    given here, as the model made it of that sentence)."""
    from spacy.tokens import Doc

    from quizgen.extractor.questions import title_of

    words = ["One", "has", "to", "credit", "Leeds", "flanker", "Tom", "Hale", "for", "it", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 5, 5, 7, 7, 1, 7, 8, 1],
              deps=["nsubj", "ROOT", "aux", "compound", "compound", "compound", "compound",
                    "dobj", "prep", "pobj", "punct"],
              tags=["PRP", "VBZ", "TO", "NN", "NNP", "NN", "NNP", "NNP", "IN", "PRP", "."])
    assert title_of(doc[7], doc[6:8]) == []
    parsed = nlp("Leeds flanker Tom Hale scored twice.")
    assert [t.text for t in title_of(parsed[3], parsed[2:4])] == ["Leeds", "flanker"]


def test_it_that_stands_for_a_that_clause_is_left_as_it_is(nlp):
    """Regression, from reading BBC banks: "… but the internet is thought that about 80,000 …
    people in the UK download …" of "… but it is thought that …"."""
    text = "The game has spread quickly on the web this year. Exact numbers are hard to find, " \
        "but it is thought that about 5,000 people in Wales play the game. The league was " \
        "founded in 1990."
    clozes = [q.question for q in _questions(text, nlp, 100) if q.type == "cloze"]
    assert clozes and all("but it is thought that" in c for c in clozes), clozes


def test_a_deed_the_parser_read_as_people_described_is_asked_what(nlp):
    """Regression, from reading BBC banks: "Who may the … Board have to step in to stop …
    from? — publicly haranguing referees"."""
    assert quizgen.ask("The league may have to step in to stop angry coaches and fans from "
                       "publicly abusing referees after games.", "publicly abusing referees",
                       nlp=nlp) == \
        "What may the league have to step in to stop angry coaches and fans from?"


def test_how_far_is_not_asked_out_of_a_gerund_after_by(nlp):
    """Regression, from reading BBC banks: "How far did pole vaulter … break her own indoor
    world record by clearing in … on Saturday?"."""
    question = quizgen.ask("High jumper Ann Cole set a new indoor world record by clearing "
                           "2.09 metres in Paris on Sunday.", "2.09 metres", nlp=nlp)
    assert question == "High jumper Ann Cole set a new indoor world record by clearing how " \
        "far in Paris on Sunday?"


def test_a_noun_phrase_after_because_of_is_no_clause(nlp):
    """Regression, from reading BBC banks: "Where does the impact of … rate rise on household
    spending? — UK" of "… and the impact of … rate rises on … spending in the UK", whose
    "rises" the parser read as a verb."""
    text = "The bank warned that its profits next year may be lower than in 2004 because of " \
        "weaker US and Chinese markets and the impact of tax rate rises on family budgets in " \
        "the UK. The bank was founded in 1990."
    answers = set(_answers(text, nlp, 100))
    assert not answers & {"UK", "Chinese", "family budgets"}, answers


def test_a_title_inside_a_name_read_as_one_is_neither_cut_nor_the_subject(nlp):
    """Regression, from reading BBC banks: "Who is the Chief Police Officers president?" and
    "Who said …? — Association of Chief Police Officers" of "Association of Chief Police
    Officers president … said …", which the parser read as one name with the person in it."""
    text = "Association of Chief Police Officers president Tom Hale said the law was weak. " \
        "Tom Hale spoke in Leeds on Monday."
    bank = _questions(text, nlp, 100)
    assert not [q for q in bank if "Chief Police Officers president?" in q.question or
                q.answer == "Association of Chief Police Officers"], \
        [(q.question, q.answer) for q in bank]
    assert any(q.answer == "Tom Hale" for q in bank)


def test_a_cloze_whose_sentence_says_the_answer_again_is_not_made(nlp):
    """Regression, from reading BBC banks: "… as {{c1::Athens}} prepared for … the Athens Games
    …" — the words after the blank fill it in."""
    text = ("After a long strike which closed every school in Norway as Oslo prepared for the "
            "start of the Oslo Marathon, the teachers and the council finally agreed.")
    clozes = [q for q in _questions(text, nlp, 100) if q.type == "cloze"]
    assert "Norway" in [q.answer for q in clozes]
    assert "Oslo" not in [q.answer for q in clozes], [q.question for q in clozes]


def test_a_verb_whose_and_the_parse_joined_to_a_preposition_is_not_asked(nlp):
    """Regression, from reading BBC banks: "… turned its attention to X and in September this
    year said that …" asked "What did the OFHEO turn its attention to and in September this
    year?"."""
    text = ("Having been pressed into action, the regulator turned its attention to Baxter Foods "
            "and in March this year said that the firm had hidden its losses to please "
            "investors. Having been shamed into action, the watchdog turned its gaze to Kelso "
            "Bank and in June this year said that the bank had moved its losses to make profits "
            "look smoother.")
    asked = [q.question for q in _questions(text, nlp, 100) if q.type not in ("cloze", "truefalse")]
    assert asked == []


def test_what_was_done_with_a_count_stays_after_the_verb(nlp):
    """Regression, from reading BBC banks: "how many pounds producing his album Innocent Man did
    Mark Morrison spend?"."""
    assert quizgen.ask("The singer claims he spent thousands of pounds promoting his album "
                       "Golden Hour.", "thousands", nlp=nlp) == (
        "According to the singer, how many pounds did he spend promoting his album Golden Hour?")
    assert quizgen.ask("Volunteers spent hundreds of hours clearing the canal.", "hundreds",
                       nlp=nlp) == "How many hours did volunteers spend clearing the canal?"


def test_a_number_that_opens_a_name_is_no_count(nlp):
    """Regression, from reading BBC banks: "… signed Morrison to his fledging {{c1::2}} Wikid …
    label" — two of a label would be "labels", so the number is a name's."""
    text = ("The producer signed the band to her new 4 Corners Music label last year. The label "
            "cut 40 Microsoft staff and hired 3 Oxford graduates last spring.")
    questions = _questions(text, nlp, 100)
    assert all(q.answer not in ("4", "Corners Music") and not q.question.startswith("How many l")
               for q in questions), [(q.question, q.answer) for q in questions]
    assert "40" in [q.answer for q in questions]
    assert quizgen.ask("The club needed 80,000 Danish krone to rebuild its hall.", "80,000",
                       nlp=nlp).startswith("How many Danish krone ")  # a currency's singular


def test_a_pronoun_inside_what_a_group_said_is_that_group(nlp):
    """Regression, from reading BBC banks: "… said they want to boost … aid {global leaders}
    give to {{c1::0.7%}} …", the subject of the sentence before put in for the second
    "they"."""
    text = ("Global leaders have talked about debt at recent summits. The richest nations have "
            "said they want to raise the amount of money they spend on schools to 2% of their "
            "income by 2030.")
    clozes = [q.question for q in _questions(text, nlp, 100) if q.type == "cloze"]
    assert "The richest nations have said they want to raise the amount of money they spend on " \
           "schools to 2% of their income by {{c1::2030}}." in clozes
    assert not any("leaders spend" in cloze for cloze in clozes), clozes
    text = ("Sales fell in the spring. The Kelso Dairy firm has warned it will close the shop it "
            "opened in 2019 unless trade picks up.")
    assert "The Kelso Dairy firm has warned it will close the shop it opened in {{c1::2019}} " \
           "unless trade picks up." in [q.question for q in _questions(text, nlp, 100)]


def test_what_a_thing_was_called_hung_elsewhere_keeps_the_clause_from_being_asked(nlp):
    """Regression, from reading BBC banks: "Who branded the existence of the … Potato Council?",
    whose ""surprising"" the parse hung on the aside before it."""
    text = ("Mr Lee called the decision of the 40-member Kelso Board, set up in 2001 to promote "
            "local cheese abroad, \"baffling\". Mr Lee called the police after the break-in at "
            "his Kelso shop, which he later described as \"a nightmare\".")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any("decision" in q for q in asked if "{{c1::" not in q), asked
    assert "Who called the police after the break-in at his Kelso shop?" in asked


def test_what_one_turned_down_to_do_something_else_is_not_asked_as_what_one_would_not_do(nlp):
    """Regression, from reading BBC banks: "How many points did England refuse to kick a
    penalty to the corner?" — they refused the points, and kicked for the corner."""
    text = "Until then the captain refused a simple two points to go for a try."
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any("refuse to" in q for q in asked), asked


def test_what_a_thing_was_done_for_stays_in_its_question(nlp):
    """Regression, from reading SQuAD questions: "How much did the law only require?" left out
    what the sum was required for."""
    assert quizgen.ask("The council offered the families £500 to leave their homes.", "£500",
                       nlp=nlp) == (
        "How much did the council offer the families to leave their homes?")
    assert quizgen.ask("The charity has raised £40,000 to rebuild the old chapel.", "£40,000",
                       nlp=nlp) == "How much has the charity raised to rebuild the old chapel?"
    assert quizgen.ask("In each ward, voters choose one member to represent the ward.", "one",
                       nlp=nlp) == "How many members do voters choose to represent the ward?"


def test_the_time_of_a_value_something_is_set_against_is_not_asked_as_its_time(nlp):
    """Regression, from reading BBC banks: "In what year did GM earn $3.7bn, down from $3.8bn?
    — 2003", the year of the $3.8bn."""
    text = "The average rent in the town fell from £912 in May to £897, the letting agency said."
    asked = [q for q in _questions(text, nlp, 100) if q.type != "cloze"]
    assert not any(q.answer == "May" for q in asked), [q.question for q in asked]
    assert quizgen.ask("The family moved from the old farm in 2002.", "2002", nlp=nlp) == (
        "In what year did the family move from the old farm?")


def test_a_verb_the_parse_hung_on_another_with_no_subject_is_not_asked(nlp):
    """Regression, from reading BBC banks: "Who was missed a presentable drop-goal attempt?", of
    "X was off target with … and Y then missed …"."""
    text = ("Reed was wide with the kick at goal and scrum-half Tom Marsh then missed a simple "
            "drop-goal attempt. Reed was poor with the restart and prop Tom Marsh then dropped a "
            "simple pass.")
    asked = [q.question for q in _questions(text, nlp, 100) if q.type != "cloze"]
    assert asked == []


def test_between_one_thing_is_a_list_cut_short(nlp):
    """Regression, from reading BBC banks: "According to Russian Dmitriy Bogdanov, what would
    be between himself?"."""
    text = ("Last week Ivan Petrov claimed the title race would be between himself, Dutchman Piet "
            "Mol and Jo Lane of Spain but Hale is unfazed.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(q.endswith("between himself?") for q in asked), asked


def test_what_someone_said_with_he_said_as_an_aside_is_theirs(nlp):
    """Regression, from reading BBC banks: "Who can cut crime? — Tories", of "The Tories, he
    said, can cut crime …"."""
    text = ("Tom Hale spoke in Leeds on Monday. The council, he said, can cut waste and improve "
            "local services without raising taxes.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert "According to Tom Hale, what can the council cut?" in asked, asked


def test_a_question_cut_short_keeps_what_says_it_did_not_quite_happen(nlp):
    """Regression, from reading BBC banks: "In what year did LG Card collapse?", of a long
    sentence saying it "almost collapsed"."""
    assert quizgen.ask("The Kelso Dairy Company almost collapsed in 2011 due to a sharp increase "
                       "in overdue feed bills after the bursting of a local property bubble.",
                       "2011", nlp=nlp) == (
        "In what year did the Kelso Dairy Company almost collapse?")


def test_quarters_in_a_row_are_a_time_not_a_share(nlp):
    """Regression, from reading BBC banks: "What share of negative growth is a recession
    commonly defined as? — two consecutive quarters"."""
    text = "A slump is usually defined as two straight quarters of falling sales."
    assert not any("share" in q.question for q in _questions(text, nlp, 100))
    assert quizgen.ask("Three quarters of the members voted for the plan.", "Three quarters",
                       nlp=nlp) == "What share of the members voted for the plan?"


def test_one_of_a_kind_said_to_be_the_thing_named_is_not_asked_backwards(nlp):
    """Regression, from reading BBC banks: "What is the cost of funding the … overhaul of …? —
    key spending line"."""
    text = ("A major cost left out of the plan is the price of repairing the old harbour wall. "
            "The council meets on Friday.")
    assert not any(q.question.startswith("What is the price") for q in _questions(text, nlp, 100))


def test_a_change_by_a_value_to_another_takes_its_preposition_along(nlp):
    """Regression, from reading BBC banks: "What percentage is spending forecast to grow by to
    $2.5… trillion?"."""
    assert quizgen.ask("Spending on roads is forecast to grow by 4.5% to £2.1bn.", "4.5%",
                       nlp=nlp) == (
        "By what percentage is spending on roads forecast to grow to £2.1bn?")


def test_the_end_of_a_list_after_such_as_is_not_read_as_the_subject(nlp):
    """Regression, from reading BBC banks: "What will more memory and networking options
    increase? — basic price"."""
    text = ("Adding extras such as a bigger screen, more memory and faster chips will raise the "
            "final price. It will go on sale from 12 March.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any("chips" in q for q in asked if "{{c1::" not in q), asked


def test_it_never_stands_for_two_things_joined_by_and(nlp):
    """Regression, from reading BBC banks: "More memory and networking options will go on sale
    when?", of "It will go on sale from …"."""
    text = ("A faster chip and more memory went into the new laptop. It will go on sale from "
            "12 March.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any("memory will go" in q for q in asked), asked


def test_they_for_a_list_of_names_keeps_the_list_commas(nlp):
    """Regression, from reading SQuAD questions: "What did Grissom White and Chaffee conduct
    tests of …?", of a "they" after a list whose commas were dropped."""
    text = "Reed, Lane and Cole trained at the old base in Kent. They flew to Leeds on 3 June."
    assert "When did Reed, Lane and Cole fly to Leeds?" in [
        q.question for q in _questions(text, nlp, 100)]


def test_a_clause_cut_down_to_its_bare_verb_is_no_cloze(nlp):
    """Regression, from reading BBC banks: "Lord Holme's proposal for a {{c1::televised …}}
    comes.", cut from what it came after."""
    text = ("The mayor's plan for a new bridge over the river comes just four months after "
            "thousands of angry residents were able to watch the old ferry sink slowly into the "
            "cold river Tyne.")
    assert not any(q.question.endswith(" comes.") for q in _questions(text, nlp, 100))
    text = ("When the two clubs fail to agree on a date, a \"Fixtures Panel\" is convened, made "
            "up of players, coaches and local referees, and its ruling is then final for the rest "
            "of the season in the whole county league.")  # (but a passive says what was done)
    assert 'A "{{c1::Fixtures Panel}}" is convened.' in [
        q.question for q in _questions(text, nlp, 100)]


def test_a_word_that_only_rates_an_amount_is_no_part_of_the_answer(nlp):
    """Regression, from reading BBC banks: "… => mere £20", with options "mere £30", "mere
    £10"."""
    text = "Tickets for the summer concert in the park cost a mere £8, the organisers said."
    answers = _answers(text, nlp, 100)
    assert "£8" in answers and not any("mere" in a for a in answers), answers


@pytest.mark.parametrize(("sentence", "name", "question"), [
    # a club the tagger took for an adjective ("Who is the arsenal boss?")
    ("Arsenal boss Arsene Wenger praised the young defenders after the game.", "Arsene Wenger",
     "Who is the Arsenal boss?"),
    # a common word ("Who is the Other Civil rights leader?")
    ("Other Labour leader Tom Hale also spoke at the rally in the park.", "Tom Hale",
     "Who is the other Labour leader?"),
    # new to the post ("Who is the New Home Secretary?"), but not New York
    ("New Home Secretary Tom Hale has promised to press on with the plan.", "Tom Hale",
     "Who is the new Home Secretary?"),
    ("New York mayor Ann Reed has promised to press on with the plan.", "Ann Reed",
     "Who is the New York mayor?"),
])
def test_a_titles_first_word_keeps_its_capital_only_when_it_names_something(
        nlp, sentence, name, question):
    """Regressions, from reading BBC banks: the first word of a title that opens the
    sentence."""
    assert quizgen.ask(sentence, name, nlp=nlp) == question


def test_a_clause_as_the_subject_of_be_is_not_inverted_into_a_verb(nlp):
    """Regression, from reading BBC banks: "What is doling out justice thanks to ultra
    responsive controls? — joy"."""
    text = "Handing out leaflets was her job during the long campaign in the north."
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(q.lower().startswith(("what was handing", "when was handing"))
                   for q in asked), asked
    # (but a name that the parse read as such a clause is asked as a name)
    assert quizgen.ask("Sinking Ships is the name of the new band of Tom Reed.",
                       "the name of the new band of Tom Reed", nlp=nlp) == "What is Sinking Ships?"


def test_a_lone_gerund_cut_from_its_object_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What did … have no intention of? — handing", cut
    from what was to be handed in."""
    text = ("The striker Tom Hale has no intention of handing in his notice, his agent said on "
            "Monday.")
    answers = _answers(text, nlp, 100)
    assert answers and "handing" not in answers, answers


def test_a_first_verb_read_as_part_of_the_subject_is_not_asked(nlp):
    """Regression, from reading BBC banks: "What has the difficult relationship between … boiled
    over at the weekend, and led to?"."""
    text = ("The feud between the two neighbours flared up on Sunday, and has led to a bitter "
            "row over the hedge.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any("flared up on Sunday, and" in q for q in asked if "{{c1::" not in q), asked


def test_which_after_a_list_of_two_kinds_stands_for_neither_all_nor_the_first(nlp):
    """Regression, from reading BBC banks: "Who does Bill Murray, and the biopic Kinsey
    feature?"."""
    text = ("The season will include Blue Harbour, a gentle comedy starring Ann Lee, and the "
            "musical Rosa, which features Tom Reed.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any("Ann Lee, and" in q for q in asked if "{{c1::" not in q), asked


def test_who_did_it_is_not_asked_when_another_also_did_it(nlp):
    """Regression, from reading BBC banks: "Who will attend the festival? — Michael", when
    two others "will also attend"."""
    text = ("The singer Ann Lee will attend the gala to open the show on 3 May. Her manager Tom "
            "Reed and the producer Joe Hale will also attend.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(q.startswith(("Who will attend", "Which singer will attend"))
                   for q in asked), asked
    # (but the same doer doing it again is still the one answer)
    text = ("Tom Hale missed his third long kick before half-time. Hale also missed two kicks "
            "in the second half of the game.")
    assert "Who missed his third long kick before half-time?" in [
        q.question for q in _questions(text, nlp, 100)]


def test_it_does_not_stand_for_a_phrase_cut_after_its_preposition(nlp):
    """Regression: "When does the new board game from go on sale?", its maker's name hung
    elsewhere by the parse."""
    text = ("At a mere £15, the new board game from Harbour Toys costs less than a family meal. "
            "It goes on sale in March. Shops in Leeds expect long queues on the first day.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(" from go " in q for q in asked), asked


def test_a_stretch_of_time_a_figure_covers_is_no_answer(nlp):
    """Regression, from reading BBC banks: "For the {{c1::full-year}}, …" and "from $639m
    {{c1::year-earlier}}"."""
    text = ("For the full-year, the firm posted a profit of £3m, up from £2m year-earlier. The "
            "new shop in York opened in mid-May.")
    answers = _answers(text, nlp, 100)
    assert not {"full-year", "year-earlier"} & set(answers), answers
    assert "mid-May" in answers  # (a month in it is a time)


def test_what_follows_a_relative_clause_is_no_part_of_what_it_is_about(nlp):
    """Regression, from reading BBC banks: "What do one-off gains and less users for AOL offset
    a profit dip at?"."""
    assert quizgen.ask("Its profits were lifted by one-off gains which offset a loss at the "
                       "Leeds branch, and fewer members for the club.", "the Leeds branch",
                       nlp=nlp) == "What do one-off gains offset a loss at?"


def test_a_work_named_after_a_person_of_the_article_is_no_person(nlp):
    """Regression, from reading BBC banks: "Who was one of four films …? — Kinsey", the biopic
    of a man the article names too."""
    text = ("Controversial biopic Hale, starring Ann Lee as the singer Joe Hale, is among three "
            "films up for five awards. The awards are held in Leeds on 3 May.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(q.startswith("Who is among") for q in asked), asked


def test_a_place_noun_whose_of_phrase_names_a_place_is_asked_where(nlp):
    """Regression, from reading BBC banks: "In what did Taran Rampersad read Morquendi's
    messages? — Caribbean nation of Trinidad and Tobago"."""
    assert quizgen.ask("In the Pacific nation of Fiji, the charity built 12 new schools last "
                       "year.", "Pacific nation of Fiji", nlp=nlp) == (
        "Where did the charity build 12 new schools last year?")
    assert quizgen.ask("The scheme began in the north of the country in May.",
                       "north of the country", nlp=nlp) == "Where did the scheme begin in May?"


def test_a_deletion_after_a_slash_stays_glued_to_it(nlp):
    """Regression, from reading BBC banks: "the Bush/ {{c1::Kerry}} contest"."""
    from quizgen.extractor.questions import render

    doc = nlp("Fans argued over the Reed/Lane race.")
    slash = next(t for t in doc if t.text == "/")
    words = [*doc[:slash.i + 1], "{{c1::Lane}}", *doc[slash.i + 2:]]
    assert render(words) == "Fans argued over the Reed/{{c1::Lane}} race."


def test_a_light_verb_idiom_asks_nothing_of_its_object(nlp):
    """Regression, from reading BBC banks: "What did Mr Hain make? — claim" and "… what were
    Tory policies … striking? — chord"."""
    text = ("The minister made the claim about rival tactics during a debate on the new bill in "
            "the Commons. Cheaper fares are striking a chord with young travellers, the airline "
            "said.")
    answers = _answers(text, nlp, 100)
    assert answers and not {"claim", "chord"} & set(answers), answers
    text = ("Faster trains in the north are becoming a reality as more lines are rebuilt. The "
            "first new line opened in March.")  # (and "What is faster broadband becoming?")
    answers = _answers(text, nlp, 100)
    assert answers and "reality" not in answers, answers
    text = ("Three bands from Hull will play at the fair in June to raise money for the new "
            "lifeboat. The mayor and her husband will also put in an appearance at the fair.")
    answers = _answers(text, nlp, 100)
    assert answers and not {"money", "appearance"} & set(answers), answers


def test_a_common_noun_the_recogniser_took_for_a_person_loses_its_opening_capital(nlp):
    """Regression: "When was Turnout in the town 30%?"."""
    assert quizgen.ask("Turnout in the town was 30% last year.", "last year", nlp=nlp) == (
        "When was turnout in the town 30%?")


def test_a_preposition_left_before_what_was_to_be_done_is_refused(nlp):
    """Regression, from reading BBC banks: "What did Michael Howard finish with to go out and
    win …?"."""
    text = ("The mayor finished with a personal appeal to local people to go out and vote on "
            "Thursday. Turnout in the town was 30% last year.")
    assert not any(" with to " in q.question for q in _questions(text, nlp, 100))
    text = ("Two young gamers from Hull are about to embark on a tour of Asia as part of a new "
            "contest. They won the right to go in March.")  # (but "about to" is no such)
    assert ("How many young gamers from Hull are about to embark on a tour of Asia as part of a "
            "new contest?") in [q.question for q in _questions(text, nlp, 100)]


def test_a_question_hung_on_the_subject_as_a_relative_clause_asks_nothing(nlp):
    """Regression, from reading BBC banks: "What should the alleged rift take the credit for …?",
    of a rift over who should get it."""
    text = ("This time the quarrel is over who should take the praise for the city's new tram "
            "line, which opened in May. The mayor and his deputy have both spoken about it on "
            "local radio.")
    assert not any("quarrel take" in q.question for q in _questions(text, nlp, 100))


def test_an_idiom_of_a_preposition_or_of_having_good_reason_is_no_answer(nlp):
    """Regression, from reading BBC banks: "What was Mr Blair still on in Egypt? — holiday" and
    "What did Tony Blair probably have? — good reason"."""
    text = ("Mr Reed was still on holiday in Spain when the row broke out. The mayor probably "
            "had good reason to be alarmed by the reports in the Sunday papers.")
    answers = _answers(text, nlp, 100)
    assert answers and not {"holiday", "good reason"} & set(answers), answers


def test_a_place_with_a_plural_verb_is_a_team_asked_who(nlp):
    """Regression, from reading BBC banks: "What were still the number one side …? —
    England"."""
    assert quizgen.ask("Last Saturday, one paper said that England were still the best side in "
                       "the world.", "England", nlp=nlp) == (
        "According to one paper, who were still the best side in the world?")
    # (but a group of animals with "the" stays a what)
    assert quizgen.ask("The Vorticida have no feeding arms.", "The Vorticida", nlp=nlp) == (
        "What has no feeding arms?")


def test_a_name_of_the_listed_answer_left_in_the_question_gives_it_away(nlp):
    """Regression, from reading BBC banks: "What has declined the offer, with Thailand …? —
    Thailand and India"."""
    text = ("Spain and Italy have turned down the deal, with Spain choosing to pay its debts on "
            "time. The deal was offered in May by the bank.")
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any(a == "Spain and Italy" for _, a in made), made


def test_the_noun_of_a_name_read_as_the_verbs_object_asks_nothing_moved(nlp):
    """Regression, from reading BBC banks: "What was Gen Musharraf speaking to programme a few
    hours before …? — Newsnight"."""
    asked = quizgen.ask("The mayor was talking to the BBC's Newsnight programme hours before "
                        "opening the new school in Leeds.", "Newsnight", nlp=nlp)
    assert "to programme" not in asked, asked


def test_there_of_a_place_said_before_leaves_the_question_unanswerable(nlp):
    """Regression, from reading BBC banks: "Who made his professional debut there?"."""
    text = ("The old Palace Theatre in Leeds was sold last year. The actor Tom Hale, who was born "
            "nearby, made his debut there, and many stars have played there too.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(q.endswith(" there?") for q in asked), asked


def test_a_leading_actor_is_one_of_many_and_no_post(nlp):
    """Regression, from reading BBC banks: "Who is the leading actor? — Edward Fox"."""
    assert quizgen.ask("Leading actor Tom Hale has joined a bid to save the old theatre in "
                       "Leeds.", "Tom Hale", nlp=nlp) != "Who is the leading actor?"


def test_as_of_as_few_is_no_part_of_the_answer(nlp):
    """Regression, from reading BBC banks: "… very low {{c1::as few copies of …}} have been
    …"."""
    from spacy.tokens import Span

    from quizgen.extractor import _trim

    doc = nlp("The danger to the herd is thought slight as few cases of the illness were seen.")
    start = next(t.i for t in doc if t.lower_ == "as")
    assert _trim(Span(doc, start, start + 6)).text == "few cases of the illness"
    text = ("The council is still choosing 12 members for the new panel, a process delayed until "
            "at least Thursday. The panel will meet in York.")  # (but "at least" stays whole)
    assert "at least Thursday" in _answers(text, nlp, 100)


def test_a_club_of_two_words_keeps_its_place_name(nlp):
    """Regression, from reading BBC banks: "Who has … completed his takeover of? — United"
    (of "Leeds United", whose first word the tagger took for a plural)."""
    text = ("Tom Reed has completed his takeover of Leeds United. Reed said the deal gave Leeds' "
            "new board room to spend. The club's debts stood at £20m.")
    answers = _answers(text, nlp, 100)
    assert "United" not in answers and "Leeds United" in answers, answers


def test_him_and_he_go_on_about_the_subject_before_not_a_name_in_passing(nlp):
    """Regression, from reading BBC banks: "he has toured the country" was asked of a man named
    two sentences before as the owner of a report, after "… cleared him", which meant the
    subject before that."""
    text = ("Former adviser Ian Hale will join the harbour campaign, the council said.\n\n"
            "Mr Hale was at the centre of the council's row with the BBC over Tom Reed's report "
            "about the harbour plan. The inquiry cleared him of wrongdoing in the run-up to the "
            "vote. Since leaving the council, he has toured the country with a talk about the "
            "old harbour.")
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    toured = [question for question, _ in made if "toured" in question]
    assert toured and all("Ian Hale" in q for q in toured), made


def test_one_of_a_list_the_parse_hung_inside_a_name_is_no_question(nlp):
    """Regression, from reading BBC banks: "Who will join Lorimer? — Mark Taylor", one of two
    people, the "and" between them read into the words before the second name."""
    text = ("The panel will be chaired by former Leeds sales director Ann Moss and Jones' "
            "adviser Ian Shaw.")
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any(q.startswith("Who will chair") for q, _ in made), made
    # but one person alone is asked, and a list of kinds before a name is no list of people
    assert quizgen.ask("The panel will be chaired by the club's former sales director Ann "
                       "Moss.", "Ann Moss", nlp=nlp) == "Who will chair the panel?"
    assert quizgen.ask("Country and Western singer Tom Reed has died in Leeds at the age of "
                       "88.", "Tom Reed", nlp=nlp).startswith("Who ")


def test_where_the_one_after_with_stands_is_asked_in_place(nlp):
    """Regression, from reading BBC banks: "What percentage did Labour lead the Conservatives
    by … with the Liberal Democrats on?"."""
    assert quizgen.ask("The Reds lead the league by two points with Everton on 50 points.",
                       "50", nlp=nlp) == \
        "The Reds lead the league by two points with Everton on how many points?"
    assert quizgen.ask("The index closed higher with the pound at 1.9 dollars.", "1.9 dollars",
                       nlp=nlp) == "The index closed higher with the pound at how much?"
    # but a time after "with" is still when it was done
    assert quizgen.ask("The band arrived with their bags at 9pm.", "9pm", nlp=nlp) == \
        "When did the band arrive with their bags?"


def test_no_chance_keeps_what_it_is_a_chance_of(nlp):
    """Regression, from reading BBC banks: a question that ended "… told a radio show there
    was no possibility?", what it was no possibility of cut."""
    text = ("Earlier, Mr Hale told the city's Evening Post newspaper there was no possibility of "
            "selling the old ground to a developer in the event of a collapse in the club's "
            "income.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(q.endswith("no possibility?") for q in asked), asked
    assert any("no possibility of selling" in q for q in asked if q.startswith("Who")), asked


def test_an_age_before_the_year_is_no_part_of_the_date(nlp):
    """Regression, from reading BBC banks: "When did the Doors frontman die aged? — 27 in
    1971"."""
    text = ("The film shows the singer, who died aged 27 in 1971, playing a young man who had "
            "been turned away by his college.")
    answers = _answers(text, nlp, 100)
    assert "27 in 1971" not in answers, answers
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any(q.endswith(" aged?") for q, _ in made), made


def test_a_number_in_a_list_of_names_is_a_name_and_no_count(nlp):
    """Regression, from reading BBC banks: "How many are TV-like services offered by …, like
    Italy's TIM? — 3", the mobile operator called 3."""
    from quizgen.extractor import _is_trivial

    doc = nlp("Rival networks such as Vodafone and 3 cut their prices in May, and 2 more may.")
    three, two = (next(t.i for t in doc if t.text == n) for n in ("3", "2"))
    assert _is_trivial(doc[three:three + 1], set())
    assert not _is_trivial(doc[two:two + 1], set())  # but a number on its own is a count


def test_the_one_a_clip_shows_doing_something_is_not_moved_out_of_it(nlp):
    """Regression, from reading BBC banks: "Who have historians in Florida discovered a
    40-year-old clip of appearing in a promotional film …?"."""
    asked = quizgen.ask("Historians in Leeds have found an old clip of a young Tom Reed "
                        "appearing in a film for his school.", "Tom Reed", nlp=nlp)
    assert "clip of appearing" not in asked, asked


def test_a_relative_clause_read_as_the_sentences_own_asks_nothing(nlp):
    """Regression, from reading BBC banks: "Whose current contract runs out when?"."""
    text = ("And the 31-year-old, whose current deal runs out in the spring, has made it clear he "
            "is keen to win the cup with Leeds. Coach Tom Reed said talks with the player would "
            "start on Monday.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any(q.startswith("Whose") for q in asked), asked


def test_no_cloze_keeps_a_bare_verb_whose_own_clause_was_cut(nlp):
    """Regression, from reading BBC banks: a cloze of a manager who "defended" his keeper "-
    and give" the other side hope, the keeper's slip that would give it cut out between."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("Coach Tom Reed defended keeper Ian Shaw, whose slip on Sam Ward's low shot "
              "allowed Lopez to equalise in the final minute of the match - and hand the Dutch "
              "side hope for the return leg.")
    start = next(t.i for t in doc if t.text == "return")
    assert _cloze_tokens(doc[:], doc[start:start + 2]) is None


def test_a_title_says_the_sex_of_a_name(nlp):
    """Regression, from reading BBC banks: "Ms Robinson" among the options for Alastair
    Campbell."""
    from quizgen.extractor import _sex_of_name

    assert _sex_of_name("Ms Lind", {}) == "f" and _sex_of_name("Mr Lind", {}) == "m"
    assert _sex_of_name("Lind", {}) is None


def test_a_time_after_since_is_asked_since_when(nlp):
    """Regression, from reading BBC banks: "What did statistics … show a decline since from …?
    — October"."""
    assert quizgen.ask("Counts to the end of March showed a decline since January from 512 to "
                       "470.", "January", nlp=nlp) == \
        "Counts to the end of March showed a decline since when from 512 to 470?"


def test_an_adjective_capitalised_only_to_open_the_sentence_is_no_name(nlp):
    """Regression, from reading BBC banks: "What were Digital cameras the hot gadget of?" and
    the cloze "{{c1::Digital}} cameras were …"."""
    text = ("Digital radios were the hot gift of Christmas 2003 and sales of the radios reached "
            "$2bn last year. Many people now own a digital radio.")
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any("Digital" in q and not q.startswith("Digital") or a == "Digital"
                   for q, a in made), made


def test_a_writer_or_a_reader_saying_we_or_us_is_not_asked_about(nlp):
    """Regression, from reading BBC banks: a page of readers' comments asked about what the
    writers said of "us" and what "we" did."""
    text = ("The record industry isn't backing bands like us in the north. We showed a lack of "
            "nerve in the final. The band played three songs at the Leeds festival in June.")
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any("like us" in q or "lack of nerve" in q or a in ("record industry",
                                                                    "lack of nerve")
                   for q, a in made), made


def test_a_preposition_with_a_bare_adjective_is_an_idiom_kept_whole(nlp):
    """Regression, from reading BBC banks: "Who said … had been a force?", its "for good"
    cut."""
    asked = quizgen.ask("Dr Hale said Reed's bold theory on the nature of human greed and the "
                        "value of rivalry had been a force for good across the poorer nations.",
                        "Dr Hale", nlp=nlp)
    assert " a force for good" in asked, asked


def test_the_places_of_a_title_are_no_answers(nlp):
    """Regression, from reading BBC banks: "… Lord Chief Justice of England and
    {{c1::Wales}} …" and "{{c1::Lord Chief Justice of England}} and Wales"."""
    text = ("Lady Amis, who is Chief Coroner of Scotland and Ireland, was speaking to the "
            "committee about rising court costs.")
    answers = _answers(text, nlp, 100)
    assert not {"Ireland", "Scotland", "Chief Coroner of Scotland"} & set(answers), answers


def test_a_post_one_acts_in_is_asked_with_what(nlp):
    """Regression, from reading BBC banks: "Who did Mr Blunkett quit as last week …? — home
    secretary"."""
    assert quizgen.ask("Ms Lind resigned as health minister on Friday after hearing of the "
                       "report.", "health minister", nlp=nlp).startswith("What did Ms Lind "
                                                                         "resign as")


def test_nothing_is_moved_out_of_what_is_done_before_or_after(nlp):
    """Regression, from reading BBC banks: "What should judges think carefully before heading
    into a highly political issue? — inquiry"."""
    asked = quizgen.ask("Councils should pause for thought before opening a review into a "
                        "bitterly disputed matter, such as a strike, she said.", "review",
                        nlp=nlp)
    assert not asked.startswith("According to her, what should"), asked


def test_a_post_before_a_name_makes_it_a_persons(nlp):
    """Regression, from reading BBC banks: "What has announced that an alliance will …? —
    Bush" (of "President Bush", the name read as a bush)."""
    assert quizgen.ask("President Bush has said that a group of five nations will lead the "
                       "relief effort.", "Bush", nlp=nlp).startswith("Who has said")


def test_a_short_form_in_brackets_and_a_piece_of_a_name_are_no_answers(nlp):
    """Regression, from reading BBC banks: "… 440,700 megawatts ({{c1::MW}})" and "the
    {{c1::Office of the Deputy}} Prime Minister (ODPM)"."""
    text = ("In 2004, the country raised its generating capacity by 12% to 300,000 megawatts "
            "(MW). A panel has looked at the budget of the Office of the Chief Fire Officer "
            "since May.")
    answers = _answers(text, nlp, 100)
    assert not {"MW", "Office of the Chief"} & set(answers), answers


def test_the_next_item_of_a_list_is_no_description_of_the_one_before(nlp):
    """Regression, from reading BBC banks: "What is Singapore Telecom? — Essar", the next firm
    of a list whose items each have a "which" clause."""
    asked = quizgen.ask("The Indian market is currently dominated by four firms, Alpha Mobile "
                        "which has allied itself with Kerala Telecom, Zentel which is linked "
                        "with Delhi-based Orvana, the Ross group and the Lane group.", "Zentel",
                        nlp=nlp)
    assert asked != "What is Kerala Telecom?", asked


def test_one_of_one_another_is_no_answer(nlp):
    """Regression, from reading BBC banks: "… propping up {{c1::one}} another's share
    prices"."""
    text = ("The team checked whether the rival bakers had worked together to keep up one "
            "another's prices during the winter of 2001.")
    answers = _answers(text, nlp, 100)
    assert not any(a.startswith("one") for a in answers), answers


def test_an_adjective_of_two_words_written_apart_is_not_cut_in_half(nlp):
    """Regression, from reading BBC banks: "One of the most time {{c1::consuming elements}}
    is …"."""
    text = "One of the most time consuming tasks is building the menu systems for the new discs."
    answers = _answers(text, nlp, 100)
    assert "consuming tasks" not in answers, answers


def test_he_after_a_sentence_about_an_unnamed_n_year_old_is_not_the_name_in_it(nlp):
    """Regression, from reading BBC banks: "Dave Jones engineered an upturn …", whose "he"
    was the 47-year-old of the sentence before, not the man that sentence said he followed."""
    text = ("Rovers have named Sam Hale as their new coach. The 52-year-old later returned to "
            "coaching with Leeds, where he again followed Tom Reed. He led a revival in the "
            "club's fortunes before moving to York.")
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any("Tom Reed led" in q or q.startswith("What did Tom Reed") for q, _ in made), \
        made


def test_one_set_against_another_is_no_count(nlp):
    """Regression, from reading BBC banks: a cloze of the "one" of "a piece of one song put
    into a different one"."""
    text = ("Grafting, a routine method among gardeners, joins a cutting of one plant to the "
            "root of another.")
    answers = _answers(text, nlp, 100)
    assert "one" not in answers, answers


def test_a_description_that_holds_now_is_asked_without_now(nlp):
    """Regression, from reading BBC banks: "Sampling, {{c1::now a standard practice}} among
    musicians, …", an answer no student would write with its "now"."""
    text = ("Grafting, now a routine method among gardeners, joins a cutting of one plant to "
            "the root of another.")
    answers = _answers(text, nlp, 100)
    assert "routine method" in answers and not any(a.startswith("now") for a in answers), \
        answers


def test_a_clause_about_no_one_in_particular_is_not_asked_as_a_fact(nlp):
    """Regression, from reading BBC banks: a "no-one who …" clause about a game asked "What
    does -one play?"."""
    text = ("No-one who reads the final report will doubt the verdict. Nobody who visited the "
            "old mill in June saw the miller.")
    made = [(q.type, q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any(kind != "cloze" and a in ("final report", "old mill")
                   for kind, _, a in made), made


def test_ones_of_a_thing_named_before_and_a_point_of_view_are_no_answers(nlp):
    """Regression, from reading BBC banks: "What are human foes rendered? — alien ones" and
    "In what does … get almost everything perfect? — gameplay terms"."""
    text = ("The new trams were painted as brightly as the old ones. In financial terms, the "
            "ferry company has never been stronger.")
    answers = _answers(text, nlp, 100)
    assert not any(a.endswith(("ones", "terms")) for a in answers), answers


def test_a_comparison_is_not_cut_from_what_is_said_of_a_thing(nlp):
    """Regression, from reading BBC banks: a comparative the tagger took for a noun gave "What
    are the new engines? — quieter", its "than …" cut."""
    text = "The new ferry engines are quieter than the old ones."
    made = [(q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any(a == "quieter" for _, a in made), made


def test_a_verb_cut_out_of_the_middle_of_three_makes_no_cloze(nlp):
    """Regression, from reading BBC banks: "… sipped coffee and wrapped in a {{c1::big coat
    and scarf}} …", the cloze of a clause "sipped …, smoked … and wrapped …" from which the
    middle verb was cut. The parse is patched here to the one the parser made there."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("The normally cheerful Tom Hale cut a very odd figure at the old market on the "
              "quay as he drank tea and smoked cigars, wrapped in a thick coat and scarf in "
              "front of his little stall.")
    drank = next(t for t in doc if t.text == "drank")
    for word, head, dep, tag, pos in (("tea", drank, "dobj", "NN", "NOUN"),
                                      ("and", drank, "cc", "CC", "CCONJ"),
                                      ("smoked", drank, "conj", "VBD", "VERB"),
                                      ("wrapped", drank, "conj", "VBN", "VERB")):
        token = next(t for t in doc if t.text == word)
        token.head, token.dep_, token.tag_, token.pos_ = head, dep, tag, pos
    cigars = next(t for t in doc if t.text == "cigars")
    cigars.head, cigars.dep_ = next(t for t in doc if t.text == "smoked"), "dobj"
    coat = next(t for t in doc if t.text == "thick").i
    assert _cloze_tokens(doc[:], doc[coat:coat + 4]) is None


def test_an_exclamation_is_no_true_or_false_statement(nlp):
    """Regression, from reading BBC banks: "What a refreshing attitude from someone who …"
    offered as a statement to judge true or false."""
    text = ("Anna Berg won the Leeds marathon on Sunday in two hours and nine minutes. What a "
            "remarkable run from a woman who only took up running in 2019. She beat Tom Hale by "
            "four minutes. What a fine day for the club that trained her in Harrogate.")
    made = [(q.type, q.question) for q in _questions(text, nlp, 100)]
    assert not any(kind == "truefalse" and q.startswith("What a") for kind, q in made), made


def test_a_word_of_a_name_taken_for_a_person_is_no_answer(nlp):
    """Regression, from reading BBC banks: "{{c1::Pocket}} PCs", the first word of a
    product's name, which the recogniser took for a person."""
    text = ("Over the winter the shops sold 900 laptops and 700 handhelds such as Palms and "
            "Pocket PCs in Leeds.")
    assert "Pocket" not in _answers(text, nlp, 100)


def test_a_clause_is_not_cut_from_the_verb_its_subject_was_parsed_without(nlp):
    """Regression, from reading BBC banks: a true/false statement that ended "… as a search
    made on the 22 December.", whose verb the parse hung on the sentence's verb as a clause of
    its own."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("The worst of the flooding now seems to be over as a survey carried out on the "
              "evening of the 3 March found only 200 homes still without power in the villages "
              "along the river.")
    start = next(t.i for t in doc if t.text == "3")
    tokens = _cloze_tokens(doc[:], doc[start:start + 2])
    assert tokens is None or any(t.text == "found" for t in tokens), tokens


def test_a_name_read_as_a_verb_of_its_own_is_not_cut_from_a_question(nlp):
    """Regression, from reading BBC banks: "What faces a trip to Ryman Premier League leaders?",
    the leaders' name (Yeading) read as a verb ending in -ing whose clause was cut."""
    text = ("Harrow Borough face a trip to Isthmian League leaders Yeading in the FA Cup second "
            "round.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert "Who faces a trip to Isthmian League leaders?" not in asked, asked


def test_a_past_year_after_a_noun_in_a_present_perfect_is_the_noun_s(nlp):
    """Regression, from reading BBC banks: "In what year has … slowly been recovering from a
    crisis? — 2002": a present perfect takes no past year, so the year was the crisis's."""
    asked = quizgen.ask("The local housing market has been slowly recovering from a crash in "
                        "1998 when prices fell.", "1998", nlp=nlp)
    assert not asked.startswith("In what year has"), asked


def test_one_end_of_a_range_is_no_answer(nlp):
    """Regression, from reading BBC banks: "How many music files … did more than 60% keep? —
    2,000", the top of a range of files kept; a change "from A to B" keeps its ends."""
    text = ("The study found that more than half kept 3,000 to 5,000 photos on their phones, "
            "making the country a nation of hoarders.")
    answers = _answers(text, nlp, 100)
    assert not {"3,000", "5,000"} & set(answers), answers
    assert not quizgen.extractor._is_trivial(
        nlp("Ticket prices rose from 40 to 55 pence.")[5:7], set())


def test_a_list_of_subjects_the_parse_split_asks_nothing_of_one_item(nlp):
    """Regression, from reading BBC banks: "What are texts being hoarded on? — mobiles", the
    last of four subjects, the parse having hung the others elsewhere; and the same list read
    as its first item with appositions."""
    for text, shown in (
            (("Music, pictures, e-mails, and letters are being kept on phones, cameras laptops "
              "and tablets, a Kestrel survey found."), "letters"),
            (("Photos, songs, e-books, and notes are being kept on phones, cameras laptops and "
              "tablets, a Kestrel survey found."), "photos")):
        asked = [q.question for q in _questions(text, nlp, 100)]
        assert f"What are {shown} being kept on?" not in asked, asked


def test_the_latter_and_a_time_read_into_a_name_say_no_one_to_a_reader(nlp):
    """Regression, from reading BBC banks: "Who did the latter recently buy …?", and
    "According to on Wednesday Prime Minister Yulia Tymoshenko, …", the time of the clause
    read into the speaker's name."""
    text = ("Kestrel bought Harbour Mills in May. The latter soon bought Norbury Bakery to widen "
            "its range of bread.")
    assert not any("latter" in q.question for q in _questions(text, nlp, 100)
                   if q.type != "cloze")
    asked = quizgen.ask("But on Monday Chief Constable Ann Lee said the force was planning to "
                        "close four stations.", "four", nlp=nlp)
    assert asked.startswith("According to Chief Constable Ann Lee, "), asked


def test_a_noun_and_its_adjective_read_as_two_objects_make_no_question(nlp):
    """Regression, from reading BBC banks: "What is the bureau investigating e-mails? —
    phoney"."""
    text = "Police are checking the phoney e-mails."
    assert "phoney" not in _answers(text, nlp, 100)


def test_no_cloze_ends_on_a_was_whose_rest_was_cut(nlp):
    """Regression, from reading BBC banks: a cloze ending "… which confirmed in 1701 that it
    was.", the clause that said what it was cut off."""
    from quizgen.extractor import _cloze_tokens

    doc = nlp("The order of the dance is set not only by custom and habit but also by the Harbour "
              "Charter which declared in 1842 that it was for the town council to decide the "
              "route of the parade.")
    start = next(t.i for t in doc if t.text == "Harbour")
    tokens = _cloze_tokens(doc[:], doc[start:start + 2])
    assert tokens is None or tokens[-2].text != "was", tokens


def test_a_body_it_was_due_to_is_no_reason_why(nlp):
    """Regression, from reading BBC banks: "Why did UKIP achieve a major advance? —
    Kilroy-Silk"."""
    asked = quizgen.ask("Last summer, the Kestrel Party achieved a big advance, partly due to "
                        "Norbury-Hale.", "Norbury-Hale", nlp=nlp)
    assert not asked.startswith("Why"), asked


def test_the_rest_of_a_name_whose_first_word_the_recogniser_left_out_is_no_answer(nlp):
    """Regression, from reading BBC banks: "the English {{c1::Democrats}}", "Campaign for
    {{c1::Borders Rail}}"; a place after its adjective ("Communist Russia") stays one."""
    text = ("Anne Lowe, of Campaign for Harbour Rail, said reopening the Kestrel Line would help "
            "the town. Neither the English Democrats nor the Green Party wanted him.")
    answers = _answers(text, nlp, 100)
    assert not {"Harbour Rail", "Democrats"} & set(answers), answers
    assert "Russia" in _answers("The film follows a spy in Communist Russia.", nlp, 100)


def test_a_shortened_question_keeps_the_second_as_of_as_much_as(nlp):
    """Regression, from reading BBC banks: "Who is ensuring his preparations … are as
    thorough?", its "as possible" dropped to shorten it."""
    asked = quizgen.ask("Hale is making sure his plans for the tour of Kenya in June are as "
                        "thorough as possible.", "Hale", nlp=nlp)
    assert asked.endswith("as thorough as possible?"), asked


def test_a_rate_stays_with_its_amount_and_a_list_of_roles_with_its_subject(nlp):
    """Regression, from reading BBC banks: "What is the company earning? — $1.8m" (an hour),
    "What did the chairman depart in? — row" (the chairman, chief executive and three
    directors), and "{{c1::Singers Jennifer Lopez}}"."""
    text = ("Singers Anna Berg and husband Tom Hale, a folk star, will sing together at next "
            "week's festival in Leeds. The firm is earning about $1.8m an hour. The chairman, "
            "chief executive and three directors all left in a row over the club's future.")
    made = [(q.type, q.question, q.answer) for q in _questions(text, nlp, 100)]
    assert not any(kind != "cloze" and answer in ("$1.8m", "row") for kind, _, answer in made), \
        made
    assert not any(answer.startswith("Singers") for _, _, answer in made), made


def test_he_after_a_clause_about_an_unnamed_player_is_not_the_sentence_s_subject(nlp):
    """Regression, from reading BBC banks: a "he" read as Arsene Wenger, who was the "pacy
    Dutch youngster" the clause before had him bring on."""
    text = ("Leeds beat York 2-1 on Saturday. Coach Tom Hale brought on Sam Reed for the tired "
            "Lee at half-time, and the young Welsh striker made an instant impact. He broke "
            "clear after a fine pass by Dan Price, but his shot was weak and the keeper saved.")
    assert not any("Tom Hale broke" in q.question or "Tom Hale break" in q.question
                   for q in _questions(text, nlp, 100))


def test_a_participle_read_as_the_sentence_s_verb_makes_no_question(nlp):
    """Regression, from reading BBC banks: "What did information gather on? — attacks", the
    participle read as the verb of its sentence, whose own verb came later."""
    text = ("Information gathered on thefts and where they happened has led to some arrests. "
            "Police in Leeds made the arrests in May.")
    made = [(q.type, q.question) for q in _questions(text, nlp, 100)]
    assert not any("gather" in question for kind, question in made if kind != "cloze"), made


def test_he_in_what_an_official_admits_is_the_one_with_that_title(nlp):
    """Regression, from reading BBC banks: the "he" of "the home secretary … admitted he was
    wrong …" read as Tony Blair, named before David Blunkett in the sentence before."""
    text = ("Mayor Tom Hale is to join Police Chief Sam Reed on a visit to Leeds on Friday. The "
            "police chief has already admitted he was wrong to hand the two free passes, given "
            "to him as an officer, to Mr Price and has since repaid the money.")
    asked = [q.question for q in _questions(text, nlp, 100)]
    assert not any("Tom Hale wrong" in q for q in asked), asked
    # the one the article gave that title before
    assert "Who was Sam Reed wrong to hand the two free passes to?" in asked, asked


def test_a_phrase_cut_before_its_noun_is_no_answer(nlp):
    """Regression, from reading BBC banks: a cloze of "{{c1::first day of a two-day}}", the
    noun of "a two-day …" left outside."""
    from quizgen.extractor import _is_trivial

    doc = nlp("The witness spoke on the second day of a two-day inquiry in York.")
    start = next(t.i for t in doc if t.text == "second")
    end = next(t.i for t in doc if t.text == "inquiry")
    assert _is_trivial(doc[start:end], set())
    assert not _is_trivial(doc[start:end + 1], set())
