"""GX's Data Docs index page, readable without internet access.

GX renders the index's tables (validation results, expectation suites) in the browser
with jQuery and bootstrap-table fetched from public CDNs; on an offline host or in
air-gapped CI the index is an empty frame. This view swaps in a table template that also
writes every row out as plain HTML and keeps it only when those scripts did not load, so
the page is the same as GX's online and still lists every run, suite and status offline.
The result pages need no such help: GX renders them to static HTML.

The template is GX 1.24.1's `bootstrap_table.j2` (Apache-2.0) with the fallback added;
it is kept here as a string because the package installs only its data files of known
types. Selected in `runner._site` through the site's `site_index_builder.view`.
"""
from __future__ import annotations

from great_expectations.render.view import DefaultJinjaIndexPageView
from jinja2 import ChoiceLoader, DictLoader

BOOTSTRAP_TABLE = """\
{% include 'content_block_header.j2' %}

{% if "styling" in content_block and "body" in content_block["styling"] -%}
    {% set content_block_body_styling = content_block["styling"]["body"] | render_styling -%}
{% else -%}
    {% set content_block_body_styling = "" -%}
{% endif -%}

{% set table_options = content_block.get("table_options", {}) %}
{% set table_id = content_block_id ~ "-body-table" %}
{% set table_toolbar_id = table_id ~ "-toolbar" %}
{% set offline_id = table_id ~ "-offline" %}
{% set table_columns = content_block["table_columns"] %}
{% set rows = content_block["table_data"] | render_bootstrap_table_data %}
{%- if "title_row" in content_block -%}
  {%- set title_row -%}
    <tr><th class="text-center p-2" colspan="{{ table_columns | length }}">{{ content_block["title_row"] | render_content_block }}</th></tr>
  {% endset %}
{% else %}
  {% set title_row = None %}
{% endif %}

<div id="{{ table_toolbar_id }}" class="ml-1">
  {% if table_options.get('filterControl') == "true" or table_options.get('search') == "true" %}
    <button class="btn btn-sm btn-secondary ml-1" onclick="clearTableFilters('{{ table_id }}')">Clear Filters</button>
  {% endif %}
</div>

<table
  id="{{ table_id }}"
  {{ content_block_body_styling | replace("{{section_id}}", section_id) | replace("{{content_block_id}}", content_block_id) }}
  data-toggle="table"
>
</table>

<table id="{{ offline_id }}" class="table table-sm ge-offline-table" border="1" cellpadding="4">
  <thead><tr>
    {% for column in table_columns %}<th>{{ column["title"] }}</th>{% endfor %}<th>Page</th>
  </tr></thead>
  <tbody>
  {% for row in rows %}
    <tr>
      {% for column in table_columns %}
        <td>{{ row.get(column["field"], "") }}{% if column["field"] == "validation_success" %} {{ row.get("_validation_success_text", "") }}{% endif %}</td>
      {% endfor %}
      <td>{% if row.get("_table_row_link_path") %}<a href="{{ row["_table_row_link_path"] }}">open</a>{% endif %}</td>
    </tr>
  {% endfor %}
  </tbody>
</table>

{% include 'bootstrap_table_js_functions.j2' %}

<script>
  if (window.jQuery && window.jQuery.fn.bootstrapTable) {
    document.getElementById('{{ offline_id }}').remove();
    $('{{ '#' ~ table_id }}').bootstrapTable(
      Object.assign(
        {
          columns: {{ table_columns }},
          data: {{ rows }},
          toolbar: '{{ '#' ~ table_toolbar_id }}'
        },
        {{ table_options }}
      )
    );

    {% if title_row %}
      $("{{ '#' ~ table_id ~ ' > thead' }}").prepend('{{ title_row | trim }}');
    {% endif %}

    {% if table_options.get("rowAttributes") == "rowAttributesLinks" %}
      $(document).ready(function() {
        $("#{{ table_id }}").on('click-row.bs.table', function(e, row, $element) {
            window.location = $element.data("href");
          })
        }
      );
    {% endif %}
  } else {
    document.getElementById('{{ table_id }}').remove();
  }
</script>
"""


class OfflineIndexPageView(DefaultJinjaIndexPageView):
    """The index page view with the offline-capable table template taking precedence over GX's."""

    def __init__(self, custom_styles_directory: str | None = None, custom_views_directory: str | None = None) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        self.env.loader = ChoiceLoader([DictLoader({"bootstrap_table.j2": BOOTSTRAP_TABLE}), self.env.loader])
