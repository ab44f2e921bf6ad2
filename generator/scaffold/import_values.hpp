#pragma once
// Reading the values people type into an action-plan spreadsheet: Danish or
// English words, in any case, with or without accents, and periods written
// the way a Danish plan writes them ("1. halvår 2024", "maj 2024").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overblik::scaffold {

/// The form words are compared in: lower case, æ → ae, ø → oe, å → aa, accents
/// dropped, every run of other characters one dash ("Forventet udgift" →
/// "forventet-udgift", "Resumé" → "resume", "quick_win" → "quick-win").
std::string match_key(std::string_view text);

/// True for a cell that says nothing: empty, spaces, or dashes only ("-", "–").
bool is_blank_value(std::string_view text);

/// The text on one line: every run of white space (line breaks too) one space.
std::string one_line(std::string_view text);

/// ja/nej, x, yes/no, true/false, 1/0, ✓ → true or false; nullopt otherwise.
std::optional<bool> parse_yes_no(std::string_view text);

/// lille/mellem/stor (also lav/middel/høj) or small/medium/large → the cost key.
std::optional<std::string> parse_cost_phrase(std::string_view text);

/// Danish labels (foreslået, godkendt, igangsat, gennemført, udskudt, stoppet,
/// also "i gang", "afsluttet") or the English keys → the status key.
std::optional<std::string> parse_status_phrase(std::string_view text);

/// A period as the content format writes it ("2024-H1") from the ways people
/// write one: 2024, 2024-H1, H1 2024, 1. halvår 2024, 2. kvartal 2025, Q2 2025,
/// maj 2024, maj-24, 2024-05, 05-2024, 2024-05-17, 17-05-2024, 17.05.2024,
/// 17. maj 2024. nullopt when it is none of these or not a real date.
std::optional<std::string> parse_period_phrase(std::string_view text);

/// Splits at any of `separators` and at line breaks; parts trimmed, empty and
/// repeated parts dropped.
std::vector<std::string> split_list(std::string_view text, std::string_view separators);

/// Owners: split at ';', line breaks and " og " — but only where " og " joins
/// two names, i.e. the next word starts with a capital and the word before
/// does not end in '-': "Social- og Handicapchefen og Sundhedschefen" is two
/// owners, "Chefen for Uddannelse og kvalitet" one.
std::vector<std::string> split_owners(std::string_view text);

}  // namespace overblik::scaffold
