#pragma once
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "render/urls.hpp"

namespace overblik {

/// One CSV field, quoted when RFC 4180 requires it.
std::string csv_field(const std::string& s);
/// A CSV line of fields, LF-terminated.
std::string csv_line(const std::vector<std::string>& fields);

std::string initiatives_csv(const Plan& plan);
std::string initiatives_json(const Plan& plan, const Urls& urls);
std::string matrix_csv(const Plan& plan);
std::string indicators_csv(const Plan& plan);
std::string indicators_json(const Plan& plan, const Urls& urls);
std::string assessments_csv(const Plan& plan);

}  // namespace overblik
