// https://registry.terraform.io/providers/coder/coder/2.18.0/docs/resources/ai_task
// generated from terraform resource schema

import { Construct } from '@codex-coder/cdk';
import * as cdktf from '@codex-coder/cdk';

// Configuration

export interface AiTaskConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID of the `coder_app` resource that provides the AI interface for this task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/resources/ai_task#app_id AiTask#app_id}
  */
  readonly appId?: string;
  /**
  * sidebar_app block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/resources/ai_task#sidebar_app AiTask#sidebar_app}
  */
  readonly sidebarApp?: AiTaskSidebarApp;
}
export interface AiTaskSidebarApp {
  /**
  * A reference to an existing `coder_app` resource in your template.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/resources/ai_task#id AiTask#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function aiTaskSidebarAppToTerraform(struct?: AiTaskSidebarAppOutputReference | AiTaskSidebarApp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function aiTaskSidebarAppToHclTerraform(struct?: AiTaskSidebarAppOutputReference | AiTaskSidebarApp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AiTaskSidebarAppOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AiTaskSidebarApp | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AiTaskSidebarApp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id(): string {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput(): string | undefined {
    return this._id;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/resources/ai_task coder_ai_task}
*/
export class AiTask extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "coder_ai_task";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AiTask resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AiTask to import
  * @param importFromId The id of the existing AiTask that should be imported. Refer to the {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/resources/ai_task#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AiTask to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "coder_ai_task", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/resources/ai_task coder_ai_task} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AiTaskConfig = {}
  */
  public constructor(scope: Construct, id: string, config: AiTaskConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'coder_ai_task',
      terraformGeneratorMetadata: {
        providerName: 'coder',
        providerVersionConstraint: '~> 2.18'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._appId = config.appId;
    this._sidebarApp.internalValue = config.sidebarApp;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // app_id - computed: true, optional: true, required: false
  private _appId?: string; 
  public get appId(): string {
    return this.getStringAttribute('app_id');
  }
  public set appId(value: string) {
    this._appId = value;
  }
  public resetAppId(): void {
    this._appId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdInput(): string | undefined {
    return this._appId;
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled(): cdktf.IResolvable {
    return this.getBooleanAttribute('enabled');
  }

  // id - computed: true, optional: false, required: false
  public get id(): string {
    return this.getStringAttribute('id');
  }

  // prompt - computed: true, optional: false, required: false
  public get prompt(): string {
    return this.getStringAttribute('prompt');
  }

  // sidebar_app - computed: false, optional: true, required: false
  private _sidebarApp = new AiTaskSidebarAppOutputReference(this, "sidebar_app");
  public get sidebarApp(): AiTaskSidebarAppOutputReference {
    return this._sidebarApp;
  }
  public putSidebarApp(value: AiTaskSidebarApp): void {
    this._sidebarApp.internalValue = value;
  }
  public resetSidebarApp(): void {
    this._sidebarApp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sidebarAppInput(): AiTaskSidebarApp | undefined {
    return this._sidebarApp.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      app_id: cdktf.stringToTerraform(this._appId),
      sidebar_app: aiTaskSidebarAppToTerraform(this._sidebarApp.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sidebar_app: {
        value: aiTaskSidebarAppToHclTerraform(this._sidebarApp.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "AiTaskSidebarAppList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
