"""Survey intake and needs: any export in, canonical responses and needs per village out.

sources      read CSV/XLSX/SPSS/LimeSurvey exports as text
mapping      the TOML mapping contract (export headers -> canonical columns)
importer     validate, quarantine, pseudonymise, append atomically
coding       free text -> themes (Dutch lexicon, overrides, report)
word_lists   the Dutch words the survey reads by, from data/words.toml and data/lexicon.toml
needs        weighted needs per village x theme x horizon
suppression  publishable(): counts under 5 shown as "<5"
channels     respondents per channel, age profile against the population
quote_review released quotes, scrubbed, and the decision a person made on each
"""
