import type { Metadata } from "next";
import { CategoryForm, DeleteCategoryButton } from "@/components/inventory/category-forms";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardTitle } from "@/components/ui/card";
import { listCategoriesWithUsage, type CategoryWithUsage } from "@/db/queries/inventory";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import type { CategoryKind } from "@/lib/inventory/form-schema";
import { SpecialBadge } from "@/components/inventory/activity-badges";
import { deleteCategoryAction, saveCategoryAction } from "./actions";

export const metadata: Metadata = { title: "Categories" };

function CategoryList({ kind, items, canWrite }: { kind: CategoryKind; items: CategoryWithUsage[]; canWrite: boolean }) {
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">None yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map((c) => (
        <li key={c.id} className="space-y-2 py-3">
          {canWrite ? (
            <CategoryForm kind={kind} action={saveCategoryAction} category={c} />
          ) : (
            <p className="font-medium">{c.name} {c.special ? <SpecialBadge /> : null}</p>
          )}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {c.activities.length ? `Used by: ${c.activities.join(", ")}` : "Not used by any activity."}
          </p>
          {canWrite && c.activities.length === 0 ? <DeleteCategoryButton kind={kind} id={c.id} name={c.name} action={deleteCategoryAction} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function CategoriesPage() {
  const user = await requirePagePermission("inventory:read");
  const canWrite = can(user.role, "inventory:write");
  const { data, subject } = await listCategoriesWithUsage();
  return (
    <>
      <PageHeader
        title="Categories"
        description="The managed lists activities pick from, so data and people can be counted and linked. Special categories (Art. 9) need an Art. 9(2) condition on every activity that uses them."
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardTitle>Categories of personal data</CardTitle>
          {canWrite ? <div className="mb-4"><CategoryForm kind="data" action={saveCategoryAction} /></div> : null}
          <CategoryList kind="data" items={data} canWrite={canWrite} />
        </Card>
        <Card>
          <CardTitle>Categories of people</CardTitle>
          {canWrite ? <div className="mb-4"><CategoryForm kind="subject" action={saveCategoryAction} /></div> : null}
          <CategoryList kind="subject" items={subject} canWrite={canWrite} />
        </Card>
      </div>
    </>
  );
}
