import { testCheck } from "../../../test/support/check-table.js";
import table from "./click-through-low-confidentiality.cases.js";
import check from "./click-through-low-confidentiality.js";

testCheck(check, table);
