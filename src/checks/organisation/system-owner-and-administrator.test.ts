import { testCheck } from "../../../test/support/check-table.js";
import table from "./system-owner-and-administrator.cases.js";
import check from "./system-owner-and-administrator.js";

testCheck(check, table);
