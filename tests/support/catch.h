#pragma once

// One include for Catch2 2.x (Debian 12) and 3.x (vcpkg).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define INFOPUNT_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif
