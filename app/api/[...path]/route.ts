import { apiError } from "@/lib/http";

// Unknown API paths answer in the API's error format rather than with the HTML 404 page.
function notFound() {
  return apiError(404, "not_found", "There is no API endpoint at this path.");
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
